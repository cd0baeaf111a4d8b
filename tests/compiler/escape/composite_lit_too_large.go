package main

type big struct {
	data [70000]byte
	n    int
}

// &T{} larger than 64 KiB goes to the heap.
func main() {
	b := &big{n: 1}
	b.data[5] = 3
	println(b.n + int(b.data[5]))
}
