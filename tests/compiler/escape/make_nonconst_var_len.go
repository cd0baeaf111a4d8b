package main

// A length held in a variable is non-constant even if its value is known.
func main() {
	n := 8
	s := make([]int, n)
	s[0] = 1
	println(len(s))
}
