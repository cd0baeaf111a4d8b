package p

// The address of a slice element points into the backing array.
func elem(s []int, i int) *int {
	return &s[i]
}

func arrElem(a *[4]int) *int {
	return &a[2]
}
