package main

// Two pointer results, one of them a parameter.
func two(p *int) (*int, *int) {
	q := new(int)
	return p, q
}

func main() {
	x := 1
	a, b := two(&x)
	println(*a + *b)
}
