package p

type T struct{ x int }

var global *T

// A package without main: -m works on any package.
func New(x int) *T {
	return &T{x}
}

func Set(t *T) {
	global = t
}

func (t *T) Get() int {
	return t.x
}
