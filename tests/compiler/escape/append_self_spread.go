package p

// Appending a slice to itself and appending a string's bytes.
func double(s []int) []int {
	return append(s, s...)
}

func addStr(b []byte, s string) []byte {
	return append(b, s...)
}
