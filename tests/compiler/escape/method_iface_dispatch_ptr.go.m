method_iface_dispatch_ptr.go:13:17: devirtualizing s.speak to *dog
method_iface_dispatch_ptr.go:7:7: leaking param: d to result ~r0 level=1
method_iface_dispatch_ptr.go:11:7: &dog{...} does not escape
