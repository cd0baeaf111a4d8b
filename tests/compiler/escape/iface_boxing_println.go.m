iface_boxing_println.go:10:13: ... argument does not escape
iface_boxing_println.go:10:13: x escapes to heap
iface_boxing_println.go:10:13: s escapes to heap
iface_boxing_println.go:10:13: f escapes to heap
