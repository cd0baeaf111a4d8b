iface_boxing_return.go:7:9: n escapes to heap
iface_boxing_return.go:11:9: t escapes to heap
