package main

type base struct{ id int }

func (b *base) setID(v int) { b.id = v }

type derived struct {
	base
	name string
}

// A promoted pointer method on an embedded struct.
func main() {
	var d derived
	d.setID(7)
	println(d.id)
}
