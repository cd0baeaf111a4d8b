package main

// g(f()) where g's receiver or g itself comes from a call: gc's front end
// makes a temporary for the receiver (or callee) first, then one per
// result of f; a go/defer wrapper copies and captures all of them.

type T struct{ p *int }

func (t *T) m(a, b *int) *int { t.p = a; return b }
func mk() *T                  { return &T{} }
func two() (*int, *int)       { return new(int), new(int) }
func fn() func(a, b *int)     { return func(a, b *int) {} }

var sink *int

func main() {
	sink = mk().m(two())
	fn()(two())
	defer mk().m(two())
	go fn()(two())
	for i := 0; i < 2; i++ {
		defer fn()(two())
	}
}
