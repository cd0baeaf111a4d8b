package main

// A value boxed into an interface that does not escape stays on the stack.
func main() {
	x := 12345
	var i interface{} = x
	if n, ok := i.(int); ok {
		println(n)
	}
}
