package p

var sink *int

// Several parameters with different fates, in one signature.
func mix(a *int, b *int, c *int, d **int, e []int) (*int, int) {
	sink = a
	x := *d
	_ = x
	return c, len(e) + *b
}
