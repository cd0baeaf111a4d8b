package p

// A captured slice header: by value, but its backing array is shared.
func reader(data []int) func(int) int {
	return func(i int) int {
		return data[i]
	}
}
