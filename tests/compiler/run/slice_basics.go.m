slice_basics.go:7:2: moved to heap: a
slice_basics.go:9:13: ... argument does not escape
slice_basics.go:9:13: s escapes to heap
slice_basics.go:9:20: len(s) escapes to heap
slice_basics.go:9:28: cap(s) escapes to heap
slice_basics.go:11:13: ... argument does not escape
slice_basics.go:11:13: a escapes to heap
slice_basics.go:14:13: ... argument does not escape
slice_basics.go:14:13: a escapes to heap
slice_basics.go:14:13: t escapes to heap
slice_basics.go:16:16: []int{} escapes to heap
slice_basics.go:17:13: ... argument does not escape
slice_basics.go:17:19: nilS == nil escapes to heap
slice_basics.go:17:33: empty == nil escapes to heap
slice_basics.go:17:44: len(nilS) escapes to heap
slice_basics.go:17:55: len(empty) escapes to heap
slice_basics.go:18:12: ... argument does not escape
slice_basics.go:18:13: nilS escapes to heap
slice_basics.go:18:13: empty escapes to heap
