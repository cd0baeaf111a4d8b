package main

// new(T) whose result is returned escapes.
func alloc() *int {
	p := new(int)
	*p = 7
	return p
}

func main() {
	println(*alloc())
}
