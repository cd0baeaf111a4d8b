package p

// Appending a pointer parameter to a slice parameter: the pointer leaks.
func add(s []*int, p *int) []*int {
	return append(s, p)
}

var all []*int

func addGlobal(p *int) {
	all = append(all, p)
}
