package main

type T struct{ p *int }

var sink *T

// Storing &x into an object that already escapes moves x to the heap.
func main() {
	t := &T{}
	sink = t
	x := 3
	t.p = &x
	println(*sink.p)
}
