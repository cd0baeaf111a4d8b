package main

var sink interface{}

type T struct{ a, b, c int }

// A struct value assigned to a global interface escapes.
func main() {
	t := T{1, 2, 3}
	sink = t
	var n int = 77
	sink = n
	println(sink != nil)
}
