package p

// Ranging over []rune(s) allocates a rune slice that does not escape.
func count(s string) int {
	n := 0
	for _, r := range []rune(s) {
		if r > 127 {
			n++
		}
	}
	return n
}
