package p

type obj struct{ id int }

var registry []*obj

// A receiver that registers itself leaks.
func (o *obj) register() {
	registry = append(registry, o)
}
