iface_empty_spelled_out.go:12:21: leaking param: x
iface_empty_spelled_out.go:12:29: leaking param: y
iface_empty_spelled_out.go:13:26: map[interface {}]int{} escapes to heap
iface_empty_spelled_out.go:14:20: []interface {}{...} escapes to heap
iface_empty_spelled_out.go:14:21: 1 escapes to heap
iface_empty_spelled_out.go:15:14: make([]interface {}, n) escapes to heap
iface_empty_spelled_out.go:16:34: []map[any][]interface {}{} escapes to heap
iface_empty_spelled_out.go:17:8: &struct { f interface {} }{} escapes to heap
iface_empty_spelled_out.go:18:14: []interface {}{...} escapes to heap
iface_empty_spelled_out.go:18:15: 2 escapes to heap
iface_empty_spelled_out.go:19:15: []any{...} escapes to heap
iface_empty_spelled_out.go:19:16: 3 escapes to heap
iface_empty_spelled_out.go:20:2: []any{...} escapes to heap
iface_empty_spelled_out.go:20:14: []any{...} escapes to heap
iface_empty_spelled_out.go:20:18: s escapes to heap
iface_empty_spelled_out.go:20:21: made escapes to heap
iface_empty_spelled_out.go:20:27: mixed escapes to heap
iface_empty_spelled_out.go:20:38: e escapes to heap
iface_empty_spelled_out.go:20:41: a escapes to heap
