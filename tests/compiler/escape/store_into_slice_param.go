package p

// Storing into a slice parameter's element leaks the stored pointer.
func put(s []*int, x *int) {
	s[0] = x
}

func putAll(s []*string, x *string) {
	for i := range s {
		s[i] = x
	}
}
