package p

var sink string

// Ranging over a map of strings and keeping a key.
func firstLong(m map[string]int) {
	for k, v := range m {
		if v > 3 {
			sink = k
		}
	}
}
