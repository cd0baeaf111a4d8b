package main

// make of exactly 64 KiB fits.
func main() {
	a := make([]byte, 65536)
	b := make([]int64, 8192)
	a[1] = 1
	b[1] = 1
	println(a[1] + byte(b[1]))
}
