package p

// Arrays passed by value are copies; pointers to arrays are not.
func sumArr(a [8]int) int {
	n := 0
	for _, v := range a {
		n += v
	}
	return n
}

func zero(a *[8]int) {
	for i := range a {
		a[i] = 0
	}
}
