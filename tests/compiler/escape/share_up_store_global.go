package main

var global *int

// Storing an address in a global makes the variable escape.
func keep() {
	x := 5
	global = &x
}

func main() {
	keep()
	println(*global)
}
