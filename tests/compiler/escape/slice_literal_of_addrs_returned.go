package p

// A slice literal holding addresses of locals, returned.
func ptrs() []*int {
	a, b := 1, 2
	return []*int{&a, &b}
}
