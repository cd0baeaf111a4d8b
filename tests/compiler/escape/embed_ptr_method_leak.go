package p

type base struct{ id *int }

func (b *base) ID() *int { return b.id }

type wrapper struct {
	*base
}

var sink *int

// A promoted method through an embedded pointer.
func keep(w wrapper) {
	sink = w.ID()
}
