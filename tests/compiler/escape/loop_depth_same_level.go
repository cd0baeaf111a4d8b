package main

// A pointer assigned within the same loop iteration does not force the heap.
func main() {
	n := 0
	for i := 0; i < 3; i++ {
		x := i
		p := &x
		n += *p
	}
	println(n)
}
