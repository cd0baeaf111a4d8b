package p

// A substring of a parameter shares its bytes.
func mid(s string) string {
	return s[1 : len(s)-1]
}

func firstByte(s string) byte {
	return s[0]
}
