package p

// A captured parameter: by value when it is never reassigned.
func mul(k int) func(int) int {
	return func(x int) int { return x * k }
}

func acc(total int) func(int) int {
	return func(x int) int {
		total += x
		return total
	}
}
