package p

// Returning a closure that captures a pointer parameter.
func getter(p *int) func() int {
	return func() int {
		return *p
	}
}

func setter(p *int) func(int) {
	return func(v int) {
		*p = v
	}
}
