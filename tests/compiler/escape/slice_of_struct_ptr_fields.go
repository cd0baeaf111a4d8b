package p

type item struct{ p *int }

// Writing pointers into the elements of a slice of structs.
func fill(items []item, x *int) {
	for i := range items {
		items[i].p = x
	}
}

func local() int {
	v := 3
	items := make([]item, 2)
	items[0].p = &v
	return *items[0].p
}
