gc_gcbench_small.go:17:22: n does not escape
gc_gcbench_small.go:22:11: &Node{} escapes to heap
gc_gcbench_small.go:23:12: &Node{} escapes to heap
gc_gcbench_small.go:30:10: &Node{} escapes to heap
gc_gcbench_small.go:32:9: &Node{...} escapes to heap
gc_gcbench_small.go:35:12: n does not escape
gc_gcbench_small.go:45:10: &Node{} does not escape
gc_gcbench_small.go:47:13: make([]float64, arraySize) escapes to heap
gc_gcbench_small.go:55:9: &Node{} does not escape
gc_gcbench_small.go:60:13: ... argument does not escape
gc_gcbench_small.go:60:14: d escapes to heap
gc_gcbench_small.go:60:14: iters escapes to heap
gc_gcbench_small.go:60:14: td escapes to heap
gc_gcbench_small.go:60:14: bu escapes to heap
gc_gcbench_small.go:63:13: ... argument does not escape
gc_gcbench_small.go:63:14: "long-lived nodes:" escapes to heap
gc_gcbench_small.go:63:40: count(long) escapes to heap
gc_gcbench_small.go:63:48: "array[1000]:" escapes to heap
gc_gcbench_small.go:63:67: arr[1000] escapes to heap
