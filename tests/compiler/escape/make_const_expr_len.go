package main

const n = 16

// A constant expression is a constant size.
func main() {
	s := make([]int, n*2)
	m := make([]string, len("abc"))
	s[0] = len(m)
	println(s[0])
}
