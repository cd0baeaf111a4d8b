map_value_escapes.go:6:2: x escapes to heap:
map_value_escapes.go:6:2:   flow: {heap} = &x:
map_value_escapes.go:6:2:     from &x (address-of) at map_value_escapes.go:7:11
map_value_escapes.go:6:2:     from m["x"] = &x (assign) at map_value_escapes.go:7:9
map_value_escapes.go:6:2: moved to heap: x
map_value_escapes.go:5:11: make(map[string]*int) does not escape
