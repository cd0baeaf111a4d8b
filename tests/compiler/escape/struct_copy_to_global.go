package p

type T struct {
	name string
	p    *int
}

var saved T

// Copying a struct that holds a pointer into a global leaks the pointer.
func save(x *int) {
	t := T{"t", x}
	saved = t
}

func saveCopy(t T) {
	saved = t
}
