gc_map_pointer_values.go:16:22: map[int]*record{} does not escape
gc_map_pointer_values.go:19:9: &record{...} escapes to heap
gc_map_pointer_values.go:19:50: []string{...} escapes to heap
gc_map_pointer_values.go:19:66: ... argument does not escape
gc_map_pointer_values.go:19:66: round escapes to heap
gc_map_pointer_values.go:31:13: ... argument does not escape
gc_map_pointer_values.go:31:17: len(m) escapes to heap
gc_map_pointer_values.go:31:17: sum escapes to heap
gc_map_pointer_values.go:31:32: m[42].tags escapes to heap
