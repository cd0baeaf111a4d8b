package p

type pair struct{ a, b *int }

// A pointer parameter flows into a struct result.
func mk(a, b *int) pair {
	return pair{a, b}
}

func mkPtr(a *int) *pair {
	return &pair{a: a}
}
