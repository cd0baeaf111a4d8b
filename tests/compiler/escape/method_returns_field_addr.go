package p

type T struct{ x int }

// A method returning the address of a field of its receiver.
func (t *T) ptr() *int {
	return &t.x
}

func use() int {
	var t T
	*t.ptr() = 3
	return t.x
}
