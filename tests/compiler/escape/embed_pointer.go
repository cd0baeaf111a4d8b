package p

type inner struct{ v int }

type outer struct {
	*inner
	tag string
}

// Embedding a pointer: the embedded pointer flows like a field.
func wrap(in *inner) outer {
	return outer{inner: in, tag: "x"}
}

func unwrap(o outer) *inner {
	return o.inner
}
