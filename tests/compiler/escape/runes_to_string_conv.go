package p

// []rune -> string and rune -> string conversions.
func fromRunes(r []rune) string {
	return string(r)
}

func fromRune(r rune) string {
	return string(r)
}

func local(r rune) int {
	s := string(r)
	return len(s)
}
