package p

// *p = x: x leaks to the heap (the caller's memory may be heap), p does not.
func set(p **int, x *int) {
	*p = x
}

type T struct{ f *int }

func setField(t *T, x *int) {
	t.f = x
}
