package p

// append(a, b...) reads b's elements into a's backing array.
func concat(a, b []int) []int {
	return append(a, b...)
}

func concatPtrs(a, b []*int) []*int {
	return append(a, b...)
}
