slice_literal_of_addrs_returned.go:5:2: moved to heap: a
slice_literal_of_addrs_returned.go:5:5: moved to heap: b
slice_literal_of_addrs_returned.go:6:15: []*int{...} escapes to heap
