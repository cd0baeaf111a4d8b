package p

var sink interface{}

// Boxing a string value copies its header to the heap.
func boxString(s string) {
	sink = s
}

func boxSlice(b []byte) {
	sink = b
}
