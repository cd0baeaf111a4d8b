gc_returned_pointers.go:9:2: moved to heap: v
gc_returned_pointers.go:14:2: moved to heap: n
gc_returned_pointers.go:19:12: make([]*vec, 0) does not escape
gc_returned_pointers.go:27:13: ... argument does not escape
gc_returned_pointers.go:27:14: *c escapes to heap
gc_returned_pointers.go:27:18: *vs[4] escapes to heap
gc_returned_pointers.go:30:13: ... argument does not escape
gc_returned_pointers.go:30:14: *a escapes to heap
gc_returned_pointers.go:30:18: *b escapes to heap
gc_returned_pointers.go:30:24: a != b escapes to heap
