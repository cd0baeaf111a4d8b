package main

// A backward goto makes a loop for escape analysis too.
func main() {
	var p *int
	i := 0
again:
	x := i
	p = &x
	i++
	if i < 3 {
		goto again
	}
	println(*p)
}
