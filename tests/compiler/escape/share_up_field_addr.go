package main

type rec struct {
	id   int
	name string
}

// The address of a field of a local is the address of the local.
func idOf() *int {
	r := rec{id: 1, name: "a"}
	return &r.id
}

func main() {
	println(*idOf())
}
