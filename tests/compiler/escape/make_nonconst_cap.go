package main

// A constant length but a variable capacity is still a non-constant size.
func grow(c int) int {
	s := make([]byte, 0, c)
	s = append(s, 1, 2, 3)
	return len(s)
}

func main() {
	println(grow(8))
}
