package p

// Arguments to a function value (an unknown callee) leak.
func call(f func(*int) int, x *int) int {
	return f(x)
}

func callAll(fs []func([]byte), b []byte) {
	for _, f := range fs {
		f(b)
	}
}
