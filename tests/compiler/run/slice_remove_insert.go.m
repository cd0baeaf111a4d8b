slice_remove_insert.go:6:13: leaking param content: s
slice_remove_insert.go:6:13: leaking param: s to result ~r0 level=0
slice_remove_insert.go:10:13: leaking param content: s
slice_remove_insert.go:10:13: leaking param: s to result ~r0 level=0
slice_remove_insert.go:10:32: leaking param: v
slice_remove_insert.go:18:15: []string{...} escapes to heap
slice_remove_insert.go:20:13: ... argument does not escape
slice_remove_insert.go:20:13: s escapes to heap
slice_remove_insert.go:20:20: len(s) escapes to heap
slice_remove_insert.go:23:13: ... argument does not escape
slice_remove_insert.go:23:13: s escapes to heap
slice_remove_insert.go:23:20: len(s) escapes to heap
slice_remove_insert.go:24:12: ... argument does not escape
slice_remove_insert.go:24:13: s escapes to heap
