gc_many_small.go:12:3: moved to heap: v
gc_many_small.go:9:14: make([]*int, 0, 10000) escapes to heap
gc_many_small.go:10:15: make([]*pair, 0, 10000) escapes to heap
gc_many_small.go:14:25: &pair{...} escapes to heap
gc_many_small.go:21:13: ... argument does not escape
gc_many_small.go:21:13: s escapes to heap
gc_many_small.go:21:13: t escapes to heap
