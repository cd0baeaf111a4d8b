package p

var sink *int
var keep []int

// Parameters stored in globals leak to the heap.
func leak(p *int) {
	sink = p
}

func leakSlice(s []int) {
	keep = s
}
