iface_error_return.go:7:7: e does not escape
iface_error_return.go:14:9: &myErr{...} escapes to heap
