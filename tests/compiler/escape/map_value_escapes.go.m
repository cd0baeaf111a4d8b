map_value_escapes.go:6:2: moved to heap: x
map_value_escapes.go:5:11: make(map[string]*int) does not escape
