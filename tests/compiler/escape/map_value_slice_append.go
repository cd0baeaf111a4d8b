package p

// Appending to a slice stored in a map.
func group(m map[string][]int, k string, v int) {
	m[k] = append(m[k], v)
}
