package p

type big struct{ a, b, c, d int }

type printer interface{ print() }

func (b big) print() {}

// A struct parameter boxed and passed to an interface method.
func show(p printer, b big) {
	p.print()
	var q printer = b
	q.print()
}
