package p

type T struct {
	a, b *int
	s    []int
}

// Self-assignments are ignored by escape analysis.
func swapIn(t *T) {
	t.a = t.b
}

func shrink(t *T) {
	t.s = t.s[1:]
}
