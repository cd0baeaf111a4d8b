package main

type res struct{ open bool }

func (r *res) close() { r.open = false }

// defer of a method call on a local.
func use() bool {
	r := &res{open: true}
	defer r.close()
	return r.open
}

func main() {
	println(use())
}
