package p

type A interface{ M() }
type B interface {
	M()
	N()
}

var sinkA A

// Converting one interface to another keeps the same data pointer.
func conv(b B) A {
	return b
}

func store(b B) {
	sinkA = b
}
