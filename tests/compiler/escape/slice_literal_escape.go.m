slice_literal_escape.go:7:14: []int{...} escapes to heap
slice_literal_escape.go:11:30: []string{...} escapes to heap
