package p

// A map that is returned escapes; the map literal too.
func index(words []string) map[string]int {
	m := make(map[string]int, len(words))
	for i, w := range words {
		m[w] = i
	}
	return m
}

func lit() map[int]bool {
	return map[int]bool{1: true}
}
