package main

// new of exactly 64 KiB still fits the implicit stack limit.
func main() {
	p := new([65536]byte)
	p[100] = 2
	println(p[100])
}
