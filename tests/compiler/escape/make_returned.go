package p

// A slice made and returned escapes (its backing array).
func mk() []int {
	return make([]int, 4)
}

func mkStr() []string {
	s := make([]string, 2)
	s[0] = "a"
	return s
}
