gc_closure_alloc.go:7:12: make([]func(int) int, 0, n) escapes to heap
gc_closure_alloc.go:10:19: func literal escapes to heap
gc_closure_alloc.go:22:13: ... argument does not escape
gc_closure_alloc.go:22:13: total escapes to heap
