package p

var sink *int

// A parameter that leaks both to a result and to the heap is just leaking.
func both(p *int) *int {
	sink = p
	return p
}

// Content to the heap, the pointer itself to the result.
func mixed(pp **int) **int {
	sink = *pp
	return pp
}
