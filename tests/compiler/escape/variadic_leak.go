package main

var kept []*int

// A variadic parameter that is stored: the implicit slice escapes.
func keepAll(ps ...*int) {
	kept = ps
}

func main() {
	a, b := 1, 2
	keepAll(&a, &b)
	println(len(kept))
}
