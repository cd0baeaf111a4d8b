global_blank_dropped.go:16:28: &S{} escapes to heap
global_blank_dropped.go:16:30: S{} escapes to heap
global_blank_dropped.go:21:22: &S{...} escapes to heap
global_blank_dropped.go:21:24: S{...} escapes to heap
global_blank_dropped.go:12:22: map[string]*S{...} escapes to heap
global_blank_dropped.go:12:28: &S{...} escapes to heap
global_blank_dropped.go:12:28: S{...} escapes to heap
