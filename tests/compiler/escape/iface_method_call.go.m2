iface_method_call.go:10:14: parameter s leaks to {heap} with derefs=0:
iface_method_call.go:10:14:   flow: {heap} = s:
iface_method_call.go:10:14:     from s.area() (call parameter) at iface_method_call.go:11:15
iface_method_call.go:10:14: leaking param: s
iface_method_call.go:15:20: sq{...} escapes to heap:
iface_method_call.go:15:20:   flow: {heap} = &{storage for sq{...}}:
iface_method_call.go:15:20:     from sq{...} (spill) at iface_method_call.go:15:20
iface_method_call.go:15:20:     from measure(sq{...}) (call parameter) at iface_method_call.go:15:17
iface_method_call.go:15:20: sq{...} escapes to heap
