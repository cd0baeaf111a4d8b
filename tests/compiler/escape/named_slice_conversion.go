package p

type ints []int

func (s ints) sum() int {
	n := 0
	for _, v := range s {
		n += v
	}
	return n
}

// Converting to a named slice type keeps the backing array.
func asInts(s []int) ints {
	return ints(s)
}

func total(s []int) int {
	return ints(s).sum()
}
