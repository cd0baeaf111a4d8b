package main

var counter int

// Taking the address of a global allocates nothing.
func main() {
	p := &counter
	*p = 4
	q := &counter
	println(*q)
}
