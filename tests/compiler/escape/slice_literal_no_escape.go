package main

// A slice literal whose backing array does not escape.
func main() {
	s := []int{1, 2, 3}
	n := 0
	for _, v := range s {
		n += v
	}
	println(n)
}
