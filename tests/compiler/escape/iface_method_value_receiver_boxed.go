package p

type I interface{ Get() int }

type val struct{ a, b, c int }

func (v val) Get() int { return v.a }

var sink I

// A large value stored in an interface global is boxed on the heap.
func store(v val) {
	sink = v
}

func local(v val) int {
	var i I = v
	return i.Get()
}
