package main

// The implicit slice of a variadic call does not escape when the callee
// keeps nothing.
func sum(xs ...int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

func main() {
	println(sum(1, 2, 3))
}
