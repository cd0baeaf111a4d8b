iface_method_call.go:10:14: leaking param: s
iface_method_call.go:15:20: sq{...} escapes to heap
