gc_goroutine_alloc.go:11:21: out does not escape
gc_goroutine_alloc.go:14:12: make([]int, 64) does not escape
gc_goroutine_alloc.go:25:15: make([]chan result, n) does not escape
gc_goroutine_alloc.go:32:14: ... argument does not escape
gc_goroutine_alloc.go:32:16: r.id escapes to heap
gc_goroutine_alloc.go:32:22: r.sum escapes to heap
