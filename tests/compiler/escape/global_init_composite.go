package p

type cfg struct {
	name string
	opts []string
}

// Package-level composite literals are static data: no -m lines for them.
var def = &cfg{name: "d", opts: []string{"a"}}

var table = map[string]int{"a": 1}

func get() *cfg {
	return def
}
