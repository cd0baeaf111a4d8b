runtime_gc_many_cycles.go:19:9: &blob{...} escapes to heap
runtime_gc_many_cycles.go:19:25: make([]byte, 128) escapes to heap
runtime_gc_many_cycles.go:35:13: ... argument does not escape
runtime_gc_many_cycles.go:35:13: sum escapes to heap
runtime_gc_many_cycles.go:35:13: n escapes to heap
runtime_gc_many_cycles.go:35:31: ms.NumGC >= 20 escapes to heap
