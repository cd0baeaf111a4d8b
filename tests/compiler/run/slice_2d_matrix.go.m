slice_2d_matrix.go:7:11: make([][]int, r) escapes to heap
slice_2d_matrix.go:9:14: make([]int, c) escapes to heap
slice_2d_matrix.go:14:10: a does not escape
slice_2d_matrix.go:14:13: b does not escape
slice_2d_matrix.go:27:14: [][]int{...} does not escape
slice_2d_matrix.go:27:15: []int{...} does not escape
slice_2d_matrix.go:27:26: []int{...} does not escape
slice_2d_matrix.go:28:14: [][]int{...} does not escape
slice_2d_matrix.go:28:15: []int{...} does not escape
slice_2d_matrix.go:28:23: []int{...} does not escape
slice_2d_matrix.go:28:32: []int{...} does not escape
slice_2d_matrix.go:30:14: ... argument does not escape
slice_2d_matrix.go:30:14: row escapes to heap
slice_2d_matrix.go:36:13: ... argument does not escape
slice_2d_matrix.go:36:13: id escapes to heap
