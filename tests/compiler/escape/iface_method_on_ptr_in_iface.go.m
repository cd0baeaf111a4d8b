iface_method_on_ptr_in_iface.go:13:22: devirtualizing s.String to *counter
iface_method_on_ptr_in_iface.go:7:7: c does not escape
iface_method_on_ptr_in_iface.go:7:54: ... argument does not escape
iface_method_on_ptr_in_iface.go:7:56: c.n escapes to heap
iface_method_on_ptr_in_iface.go:11:7: &counter{...} does not escape
iface_method_on_ptr_in_iface.go:13:13: ... argument does not escape
iface_method_on_ptr_in_iface.go:13:22: (*counter).String(s.(*counter)) escapes to heap
