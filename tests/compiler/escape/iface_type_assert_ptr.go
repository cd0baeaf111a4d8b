package p

type T struct{ v int }

// Type assertions to a pointer type return the same pointer.
func get(i interface{}) *T {
	return i.(*T)
}

func try(i interface{}) int {
	if t, ok := i.(*T); ok {
		return t.v
	}
	return 0
}
