iface_boxing_string.go:6:16: leaking param: s
iface_boxing_string.go:7:2: s escapes to heap
iface_boxing_string.go:10:15: leaking param: b
iface_boxing_string.go:11:2: b escapes to heap
