map_literal_local_ptr_values.go:5:2: moved to heap: a
map_literal_local_ptr_values.go:5:5: moved to heap: b
map_literal_local_ptr_values.go:6:22: map[string]*int{...} does not escape
