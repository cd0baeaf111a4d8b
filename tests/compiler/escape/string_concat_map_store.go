package p

// A concatenation stored as a map key or value escapes.
func index(m map[string]string, a, b string) {
	m[a+"."+b] = b + "!"
}
