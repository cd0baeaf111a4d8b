slice_literal_pointer.go:11:33: &Stack{...} escapes to heap
slice_literal_pointer.go:11:39: Stack{...} escapes to heap
slice_literal_pointer.go:14:7: &[]int{...} escapes to heap
slice_literal_pointer.go:14:13: []int{...} escapes to heap
slice_literal_pointer.go:18:39: &map[string]int{...} escapes to heap
slice_literal_pointer.go:18:54: map[string]int{...} escapes to heap
slice_literal_pointer.go:37:13: ... argument does not escape
slice_literal_pointer.go:37:14: *s escapes to heap
slice_literal_pointer.go:37:21: len(*s) escapes to heap
slice_literal_pointer.go:37:27: *a escapes to heap
slice_literal_pointer.go:37:31: *b escapes to heap
slice_literal_pointer.go:37:39: (*m)["two"] escapes to heap
slice_literal_pointer.go:37:51: len(*m) escapes to heap
slice_literal_pointer.go:37:51: x escapes to heap
slice_literal_pointer.go:38:11: &[]int{...} does not escape
slice_literal_pointer.go:38:17: []int{...} escapes to heap
slice_literal_pointer.go:40:13: ... argument does not escape
slice_literal_pointer.go:40:14: *local escapes to heap
