slice_of_slices.go:5:11: make([][]int, h) escapes to heap
slice_of_slices.go:7:14: make([]int, w) escapes to heap
