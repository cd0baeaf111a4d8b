gc_interface_alloc.go:18:41: rect{...} escapes to heap
gc_interface_alloc.go:20:43: circle{...} escapes to heap
gc_interface_alloc.go:27:12: ... argument does not escape
gc_interface_alloc.go:27:48: len(shapes) escapes to heap
gc_interface_alloc.go:27:48: total escapes to heap
