package p

// copy from a string into a byte slice.
func toBuf(buf []byte, s string) int {
	return copy(buf, s)
}
