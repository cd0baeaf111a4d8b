package p

// interface{} written out is printed "interface {}" (gc's spelling of the
// empty interface), even next to any; an alias is printed as what it
// stands for, never by its own name.

type Empty = interface{}
type AnySlice = []any

var sink any

func Spelled(n int, x *int, y *int) {
	m := map[interface{}]int{}
	s := []interface{}{1}
	made := make([]interface{}, n)
	mixed := []map[any][]interface{}{}
	st := &struct{ f interface{} }{}
	e := []Empty{2}
	a := AnySlice{3}
	sink = []any{m, s, made, mixed, st, e, a}
	sink = interface{}(x)
	sink = Empty(y)
}
