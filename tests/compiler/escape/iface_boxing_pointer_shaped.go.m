iface_boxing_pointer_shaped.go:8:13: leaking param: t
iface_boxing_pointer_shaped.go:12:13: leaking param: m
iface_boxing_pointer_shaped.go:16:14: leaking param: c
