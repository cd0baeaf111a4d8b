package p

// string(rune) inside a concatenation that is returned.
func wrap(r rune, s string) string {
	return string(r) + s + string(r)
}
