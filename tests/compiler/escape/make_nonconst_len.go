package main

// make with a length known only at run time goes to the heap.
func fill(n int) int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return len(s)
}

func main() {
	println(fill(5))
}
