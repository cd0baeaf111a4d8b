package main

// Sharing up: the address of a local outlives its function.
func newInt() *int {
	x := 42
	return &x
}

func main() {
	p := newInt()
	println(*p)
}
