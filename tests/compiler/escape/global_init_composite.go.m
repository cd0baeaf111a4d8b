global_init_composite.go:11:27: map[string]int{...} escapes to heap
