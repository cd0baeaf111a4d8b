package p

func pair(p *int) (*int, error) {
	return p, nil
}

// Forwarding a multi-result call.
func fwd(p *int) (*int, error) {
	return pair(p)
}
