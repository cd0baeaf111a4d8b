package p

// Pointer keys stored in a map leak.
func mark(seen map[*int]bool, p *int) {
	seen[p] = true
}

func has(seen map[*int]bool, p *int) bool {
	return seen[p]
}
