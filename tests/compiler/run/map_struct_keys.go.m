map_struct_keys.go:9:26: map[point]string{} does not escape
map_struct_keys.go:13:13: ... argument does not escape
map_struct_keys.go:13:17: len(grid) escapes to heap
map_struct_keys.go:13:29: grid[point{...}] escapes to heap
map_struct_keys.go:13:62: grid[point{...}] == "" escapes to heap
map_struct_keys.go:14:29: map[[2]int]struct {}{} does not escape
map_struct_keys.go:18:13: ... argument does not escape
map_struct_keys.go:18:17: len(seen) escapes to heap
map_struct_keys.go:20:13: ... argument does not escape
map_struct_keys.go:20:13: has escapes to heap
