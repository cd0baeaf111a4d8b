// Declarations types2 accepts whatever their order (Go's test/fixedbugs
// issue27232, issue27267, bug250, bug398, bug402): aliases whose cycle goes
// through a defined type, interfaces embedding interfaces still being
// declared, interfaces reaching themselves through their methods, and
// float constants that are integers in exact arithmetic.
package p

type F = func(T)

type T interface {
	m(F)
}

type t struct{}

func (t) m(F) {}

var _ T = &t{}

type G = func(E)

type E struct {
	f G
}

var x = E{func(E) {}}

type P = *S

type S struct {
	p P
}

type I1 interface {
	m() I2
}

type I2 interface {
	I1
}

var i1 I1 = i2
var i2 I2
var i2a I2 = i1

type J1 interface {
	F() interface{ J1 }
}

type J2 interface {
	F() interface{ J2 }
}

var v1 J1
var v2 J2

func same() bool { return v1 == v2 }

var nanos = []int64{0.0005 * 1e9, 0.001 * 1e9, 0.1 * 1e9, 5 * 1e9}

var arr [0.0005 * 1e4]int
