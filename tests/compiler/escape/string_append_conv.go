package p

// Converting the result of append to a string.
func suffix(b []byte) string {
	return string(append(b, '!'))
}

func local(b []byte) int {
	s := string(append(b[:0:0], 'x'))
	return len(s)
}
