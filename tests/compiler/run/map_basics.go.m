map_basics.go:10:24: map[string]int{...} escapes to heap
map_basics.go:14:13: ... argument does not escape
map_basics.go:14:13: v escapes to heap
map_basics.go:14:13: ok escapes to heap
map_basics.go:14:24: len(ages) escapes to heap
map_basics.go:17:15: make([]string, 0, len(ages)) escapes to heap
map_basics.go:23:14: ... argument does not escape
map_basics.go:23:14: n escapes to heap
map_basics.go:23:22: ages[n] escapes to heap
map_basics.go:25:13: ... argument does not escape
