package generics

type T[P any] struct{}

func (T[P]) m[Q any]() {}

func f[]() {}

type I interface {
	m[P any]()
}

var _ = func[P any]() {}
