package p

type T struct{ x, y int }

// The address of a field of a new composite literal that is returned.
func fieldOfNew() *int {
	t := &T{1, 2}
	return &t.y
}
