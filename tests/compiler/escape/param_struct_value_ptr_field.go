package p

type T struct {
	p *int
	q *int
}

var sink *int

// A struct passed by value: leaking its pointer field is leaking the param.
func leakField(t T) {
	sink = t.p
}

func readField(t T) int {
	return *t.q
}
