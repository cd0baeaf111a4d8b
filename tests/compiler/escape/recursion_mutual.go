package p

// Mutually recursive functions are analysed together.
func even(p *int, n int) bool {
	if n == 0 {
		return true
	}
	return odd(p, n-1)
}

func odd(p *int, n int) bool {
	if n == 0 {
		return *p > 0
	}
	return even(p, n-1)
}
