package p

// Appending values to a slice that is returned.
func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i*i)
	}
	return s
}

func extend(s []int) []int {
	return append(s, 1, 2)
}
