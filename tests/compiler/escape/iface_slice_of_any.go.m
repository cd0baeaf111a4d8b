iface_slice_of_any.go:8:23: []interface {}{...} does not escape
iface_slice_of_any.go:8:24: a does not escape
iface_slice_of_any.go:8:27: b does not escape
iface_slice_of_any.go:8:30: 3.0 does not escape
iface_slice_of_any.go:9:13: ... argument does not escape
iface_slice_of_any.go:9:17: len(vals) escapes to heap
