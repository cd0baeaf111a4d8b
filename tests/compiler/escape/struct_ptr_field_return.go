package p

type T struct {
	p *int
	n int
}

// Returning a struct value that contains a pointer parameter.
func mk(x *int) T {
	return T{p: x, n: 1}
}

func mkLocal() T {
	y := 2
	return T{p: &y}
}
