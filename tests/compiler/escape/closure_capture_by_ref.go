package main

// A captured variable that is reassigned is captured by reference;
// the closure escapes, so the variable moves to the heap.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	c := counter()
	c()
	println(c())
}
