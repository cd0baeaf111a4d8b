package main

// Go 1.19: one range variable for the whole loop; its address escapes
// the iteration, so it moves to the heap.
func main() {
	s := []int{1, 2, 3}
	var ps []*int
	for _, v := range s {
		ps = append(ps, &v)
	}
	println(len(ps), *ps[0])
}
