package main

// A declared variable over 10 MiB is moved to the heap.
func main() {
	var a [10<<20 + 1]byte
	a[1] = 1
	println(a[1])
}
