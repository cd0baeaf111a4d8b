gc_large_objects.go:10:12: make([]byte, 100000 + i) escapes to heap
gc_large_objects.go:17:13: ... argument does not escape
gc_large_objects.go:17:13: sum escapes to heap
gc_large_objects.go:17:22: len(keep) escapes to heap
gc_large_objects.go:17:34: keep[len(keep) - 1] escapes to heap
