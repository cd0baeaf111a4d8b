package p

type T struct{ a, b int }

// A boxed value that is returned escapes.
func box(n int) interface{} {
	return n
}

func boxT(t T) any {
	return t
}
