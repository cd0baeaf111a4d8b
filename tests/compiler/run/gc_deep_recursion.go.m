gc_deep_recursion.go:18:13: ... argument does not escape
gc_deep_recursion.go:18:18: deep(10000) escapes to heap
gc_deep_recursion.go:19:13: ... argument does not escape
gc_deep_recursion.go:19:18: deep(50000) escapes to heap
