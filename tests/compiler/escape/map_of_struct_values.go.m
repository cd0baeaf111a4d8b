map_of_struct_values.go:7:20: map[string]pt{} does not escape
