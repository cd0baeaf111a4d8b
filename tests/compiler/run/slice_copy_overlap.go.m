slice_copy_overlap.go:7:12: []int{...} escapes to heap
slice_copy_overlap.go:9:13: ... argument does not escape
slice_copy_overlap.go:9:13: n escapes to heap
slice_copy_overlap.go:9:13: s escapes to heap
slice_copy_overlap.go:10:11: []int{...} escapes to heap
slice_copy_overlap.go:12:13: ... argument does not escape
slice_copy_overlap.go:12:13: n escapes to heap
slice_copy_overlap.go:12:13: s escapes to heap
slice_copy_overlap.go:13:11: make([]byte, 3) does not escape
slice_copy_overlap.go:15:13: ... argument does not escape
slice_copy_overlap.go:15:13: n escapes to heap
slice_copy_overlap.go:15:23: string(b) escapes to heap
slice_copy_overlap.go:15:23: string(b) escapes to heap
