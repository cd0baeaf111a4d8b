package p

var sink *int

// The elements of a variadic parameter leak: leaking param content.
func firstToSink(ps ...*int) {
	if len(ps) > 0 {
		sink = ps[0]
	}
}

func call(x *int) {
	firstToSink(x, x)
}
