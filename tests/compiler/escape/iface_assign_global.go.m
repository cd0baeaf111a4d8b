iface_assign_global.go:10:2: t escapes to heap
iface_assign_global.go:12:2: n escapes to heap
