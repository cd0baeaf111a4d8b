package main

// A declared variable of exactly 10 MiB may stay on the stack.
func main() {
	var a [10 << 20]byte
	a[7] = 7
	println(a[7])
}
