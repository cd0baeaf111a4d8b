package main

type T struct{ p *int }

// A pointer stored in a local struct that does not escape: nothing escapes.
func main() {
	x := 1
	var t T
	t.p = &x
	println(*t.p)
}
