package p

// A self-recursive function: the parameter flows only to itself.
func depth(n *int, d int) int {
	if d == 0 {
		return *n
	}
	return depth(n, d-1) + 1
}

func last(p *int, d int) *int {
	if d == 0 {
		return p
	}
	return last(p, d-1)
}
