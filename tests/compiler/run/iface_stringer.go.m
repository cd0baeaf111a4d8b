iface_stringer.go:23:20: ... argument does not escape
iface_stringer.go:23:37: int(c) escapes to heap
iface_stringer.go:28:7: p does not escape
iface_stringer.go:28:50: ... argument does not escape
iface_stringer.go:28:63: p.x escapes to heap
iface_stringer.go:28:68: p.y escapes to heap
iface_stringer.go:33:2: moved to heap: p
iface_stringer.go:31:13: ... argument does not escape
iface_stringer.go:31:14: Red escapes to heap
iface_stringer.go:31:19: Blue escapes to heap
iface_stringer.go:31:30: Color(7) escapes to heap
iface_stringer.go:32:12: ... argument does not escape
iface_stringer.go:32:30: Green escapes to heap
iface_stringer.go:32:37: Green escapes to heap
iface_stringer.go:32:44: Green escapes to heap
iface_stringer.go:32:51: Green escapes to heap
iface_stringer.go:34:13: ... argument does not escape
iface_stringer.go:34:14: p escapes to heap
iface_stringer.go:35:13: ... argument does not escape
iface_stringer.go:35:21: []Color{...} escapes to heap
iface_stringer.go:35:21: []Color{...} escapes to heap
