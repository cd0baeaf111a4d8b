package main

type empty struct{}

var sink *empty

// new of a zero-sized type.
func main() {
	p := new(empty)
	q := new(empty)
	sink = q
	println(p != nil)
}
