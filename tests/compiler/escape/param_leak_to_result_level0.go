package p

// Identity on a pointer: leaks to result ~r0 with level=0.
func id(p *int) *int {
	return p
}

func idSlice(s []int) []int {
	return s
}
