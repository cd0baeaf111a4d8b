package p

// Returning what the parameter points to: level=1.
func deref(pp **int) *int {
	return *pp
}

type box struct{ v *int }

func field(b *box) *int {
	return b.v
}
