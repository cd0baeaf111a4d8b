package main

// new of a type larger than 64 KiB goes to the heap even if it does not escape.
func main() {
	p := new([65537]byte)
	p[0] = 1
	println(p[0])
}
