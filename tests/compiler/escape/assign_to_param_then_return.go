package p

// Reassigning a parameter to a new allocation and returning it.
func orDefault(p *int) *int {
	if p == nil {
		p = new(int)
	}
	return p
}
