iface_method_value_receiver_boxed.go:18:14: devirtualizing i.Get to val
iface_method_value_receiver_boxed.go:13:2: v escapes to heap
iface_method_value_receiver_boxed.go:17:12: v does not escape
