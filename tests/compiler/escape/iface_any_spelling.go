package p

// gc prints a type the way the source spelled it: `any` stays `any` in
// composite literals, make, new, conversions and nested types (types2
// keeps the predeclared any apart from a written-out interface{}).

var sink any

func Literals(n int, x *int) {
	m := map[any]int{}
	v := map[string]any{"a": 1}
	nested := map[string][]any{}
	s := []any{2, 3}
	made := make([]any, n)
	both := make(map[any]any)
	arr := &[2]any{}
	p := new(any)
	st := &struct{ f any }{}
	fs := []func(any) any{}
	grid := [][]any{{4}, {}}
	sink = []any{m, v, nested, s, made, both, arr, p, st, fs, grid}
	sink = any(x)
}

func Local(n int) int {
	s := []any{n}
	m := map[any]int{s[0]: 1}
	return len(m)
}
