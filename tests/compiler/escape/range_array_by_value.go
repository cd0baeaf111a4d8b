package p

// Ranging over an array parameter copies it; over a pointer to it does not.
func sum(a [4]int) int {
	n := 0
	for _, v := range a {
		n += v
	}
	return n
}

func sumPtr(a *[4]int) int {
	n := 0
	for _, v := range a {
		n += v
	}
	return n
}
