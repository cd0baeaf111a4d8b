package p

// An elided &T{...} in an outer literal is gc's &T{...} of a T{...}: for a
// slice or map T, two allocation sites at one position (the cell, printed
// &[]*int{...}, and the array or map, printed []*int{...}); the elements'
// flows go through the inner literal.

type T struct{ p *int }

var sink any

func Elided(x, y *int) {
	sink = []*T{{x}}
	ts := []*T{{y}}
	sink = ts[0].p
	sink = map[string]*[]*int{"a": {x}}
	sink = [][]*map[int]*int{{{1: y}}}
}

func Kept(n int) []int {
	cells := []*[]int{{n, n}}
	return *cells[0]
}
