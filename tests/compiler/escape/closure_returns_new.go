package p

// A func literal that allocates on each call.
func factory() func() *int {
	return func() *int {
		return new(int)
	}
}
