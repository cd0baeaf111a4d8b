package p

var keep [][]string

// A slice literal returned or stored in a global escapes.
func primes() []int {
	return []int{2, 3, 5, 7}
}

func save() {
	keep = append(keep, []string{"a", "b"})
}
