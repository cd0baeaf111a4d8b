package main

// make of more than 64 KiB goes to the heap even with a constant size.
func main() {
	a := make([]byte, 65537)
	b := make([]int64, 8193)
	a[0] = 1
	b[0] = 2
	println(a[0], b[0])
}
