package main

// Addresses stored in a local slice literal that does not escape.
func main() {
	a, b := 1, 2
	s := []*int{&a, &b}
	n := 0
	for _, p := range s {
		n += *p
	}
	println(n)
}
