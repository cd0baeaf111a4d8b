package p

// m[string(b)] in a lookup does not allocate; in a store it does.
func lookup(m map[string]int, b []byte) int {
	return m[string(b)]
}

func store(m map[string]int, b []byte) {
	m[string(b)] = 1
}
