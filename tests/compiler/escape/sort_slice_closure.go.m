sort_slice_closure.go:10:13: []int{...} escapes to heap
sort_slice_closure.go:11:12: xs escapes to heap
sort_slice_closure.go:11:17: func literal does not escape
sort_slice_closure.go:12:13: []int{...} escapes to heap
sort_slice_closure.go:14:13: ... argument does not escape
sort_slice_closure.go:14:16: xs[0] escapes to heap
sort_slice_closure.go:14:23: ys[0] escapes to heap
