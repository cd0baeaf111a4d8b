package p

// string -> []byte conversions.
func bytes(s string) []byte {
	return []byte(s)
}

func count(s string) int {
	b := []byte(s)
	n := 0
	for _, c := range b {
		if c == 'a' {
			n++
		}
	}
	return n
}
