package main

// Parallel assignment of pointers between locals.
func main() {
	a, b := 1, 2
	p, q := &a, &b
	p, q = q, p
	println(*p, *q)
}
