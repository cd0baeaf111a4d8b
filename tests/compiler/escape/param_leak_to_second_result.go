package p

// The parameter leaks to the second result, ~r1.
func split(p *int) (int, *int) {
	return *p, p
}

func third(a, b, c *int) (x, y, z *int) {
	return c, b, a
}
