package p

// -m=2: the flow from a ranged slice (or array) into the value variable is
// noted "for loop (range-deref)" ("(range)" for an array), at the range
// keyword, as gc prints its range statement.

var sink any

func Slice(ps []*int) {
	for _, p := range ps {
		sink = p
	}
}

func Array(a [2]*int) {
	for i, p := range a {
		sink, _ = p, i
	}
}

func Literal(x *int) {
	for _, v := range []struct{ p *int }{{x}} {
		sink = v.p
	}
}
