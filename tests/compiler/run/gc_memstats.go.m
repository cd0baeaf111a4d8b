gc_memstats.go:15:27: make([]byte, 1024) escapes to heap
gc_memstats.go:20:13: ... argument does not escape
gc_memstats.go:20:14: "gc ran:" escapes to heap
gc_memstats.go:20:37: after.NumGC > before.NumGC escapes to heap
gc_memstats.go:21:13: ... argument does not escape
gc_memstats.go:21:14: "allocated at least 1 MB:" escapes to heap
gc_memstats.go:21:77: after.TotalAlloc - before.TotalAlloc >= 1000 * 1024 escapes to heap
gc_memstats.go:22:13: ... argument does not escape
gc_memstats.go:22:14: "mallocs grew:" escapes to heap
gc_memstats.go:22:45: after.Mallocs > before.Mallocs escapes to heap
gc_memstats.go:23:13: ... argument does not escape
gc_memstats.go:23:14: "goroutines:" escapes to heap
gc_memstats.go:23:49: runtime.NumGoroutine() escapes to heap
