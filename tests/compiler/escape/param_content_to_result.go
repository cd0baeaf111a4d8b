package p

type inner struct{ v *int }
type outer struct{ in *inner }

// Result reached through one or two loads of the parameter.
func first(s []*int) *int {
	return s[0]
}

func deep(o *outer) *int {
	return o.in.v
}
