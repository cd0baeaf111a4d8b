package p

// Looking up and deleting do not make the key escape.
func get(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}

func del(m map[string]int, k string) {
	delete(m, k)
}
