package main

// A parameter copied to a named result and returned by a bare return.
func pick(a, b *int, first bool) (r *int) {
	if first {
		r = a
	} else {
		r = b
	}
	return
}

func main() {
	x, y := 1, 2
	println(*pick(&x, &y, true))
}
