runtime_gc_numgoroutine.go:10:13: ... argument does not escape
runtime_gc_numgoroutine.go:10:34: runtime.NumGoroutine() escapes to heap
runtime_gc_numgoroutine.go:12:13: ... argument does not escape
runtime_gc_numgoroutine.go:12:36: runtime.GOMAXPROCS(0) > 0 escapes to heap
runtime_gc_numgoroutine.go:14:5: func literal escapes to heap
runtime_gc_numgoroutine.go:18:13: ... argument does not escape
runtime_gc_numgoroutine.go:18:27: ms.HeapAlloc > 0 escapes to heap
runtime_gc_numgoroutine.go:18:39: ms.Sys >= ms.HeapSys escapes to heap
