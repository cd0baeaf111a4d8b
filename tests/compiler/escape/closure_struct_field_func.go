package p

type handler struct {
	name string
	fn   func(string) string
}

// A func literal stored in a field of a struct that is returned.
func mk(prefix string) *handler {
	return &handler{name: "h", fn: func(s string) string { return prefix + s }}
}
