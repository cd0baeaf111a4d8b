package main

// String concatenation that does not escape uses a stack buffer.
func main() {
	a, b := "foo", "bar"
	s := a + b
	println(len(s))
}
