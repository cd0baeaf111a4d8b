gc_slice_growth.go:13:15: ... argument does not escape
gc_slice_growth.go:13:19: len(s) escapes to heap
gc_slice_growth.go:13:27: cap(s) escapes to heap
gc_slice_growth.go:20:13: ... argument does not escape
gc_slice_growth.go:20:17: len(b) escapes to heap
gc_slice_growth.go:20:25: cap(b) escapes to heap
