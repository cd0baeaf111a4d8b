iface_type_switch.go:8:15: leaking param: v
iface_type_switch.go:13:21: ... argument does not escape
iface_type_switch.go:13:22: x escapes to heap
iface_type_switch.go:15:20: "string " + x escapes to heap
iface_type_switch.go:17:21: ... argument does not escape
iface_type_switch.go:17:45: float64(x) escapes to heap
iface_type_switch.go:19:21: ... argument does not escape
iface_type_switch.go:19:40: len(x) escapes to heap
iface_type_switch.go:21:19: "error " + x.Error() escapes to heap
iface_type_switch.go:23:22: "stringer " + x.String() escapes to heap
iface_type_switch.go:25:21: ... argument does not escape
iface_type_switch.go:30:33: []interface {}{...} does not escape
iface_type_switch.go:30:39: 1 escapes to heap
iface_type_switch.go:30:42: "s" escapes to heap
iface_type_switch.go:30:54: celsius(21.5) escapes to heap
iface_type_switch.go:30:67: []int{...} escapes to heap
iface_type_switch.go:30:67: []int{...} escapes to heap
iface_type_switch.go:30:85: ... argument does not escape
iface_type_switch.go:30:93: 1 escapes to heap
iface_type_switch.go:30:97: 2.5 escapes to heap
iface_type_switch.go:31:14: ... argument does not escape
iface_type_switch.go:31:23: describe(v) escapes to heap
iface_type_switch.go:33:6: "hello" does not escape
iface_type_switch.go:36:13: ... argument does not escape
iface_type_switch.go:36:13: s escapes to heap
iface_type_switch.go:36:13: ok escapes to heap
iface_type_switch.go:36:13: n escapes to heap
iface_type_switch.go:36:13: ok2 escapes to heap
