package p

// Returning an array copies it; returning a slice of it does not.
func arr() [4]int {
	var a [4]int
	a[0] = 1
	return a
}

func sl() []int {
	var a [4]int
	a[0] = 1
	return a[:]
}
