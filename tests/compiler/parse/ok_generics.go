package g

type Number interface {
	~int | ~int64 | ~float64
}

type Tree[T interface{ Less(T) bool }] struct {
	left, right *Tree[T]
	val         T
}

func Sum[N Number](xs ...N) (s N) {
	for _, x := range xs {
		s += x
	}
	return
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{val: v}
	}
	return t
}

var _ = Sum[int](1, 2, 3)
