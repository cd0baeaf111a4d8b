package p

var sink *int

// What the parameter points to reaches the heap, the parameter does not.
func leakContent(pp **int) {
	sink = *pp
}

type holder struct{ p *int }

func leakField(h *holder) {
	sink = h.p
}
