package p

// string -> []rune conversions.
func runes(s string) []rune {
	return []rune(s)
}

func runeLen(s string) int {
	return len([]rune(s))
}
