iface_zero_sized.go:14:2: e escapes to heap
