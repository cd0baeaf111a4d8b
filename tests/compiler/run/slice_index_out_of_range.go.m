slice_index_out_of_range.go:6:10: s does not escape
slice_index_out_of_range.go:11:12: []int{...} does not escape
slice_index_out_of_range.go:12:13: ... argument does not escape
slice_index_out_of_range.go:12:17: get(s, 2) escapes to heap
slice_index_out_of_range.go:13:13: ... argument does not escape
slice_index_out_of_range.go:13:17: get(s, 5) escapes to heap
