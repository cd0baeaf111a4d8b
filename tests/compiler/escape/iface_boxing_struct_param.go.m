iface_boxing_struct_param.go:13:9: devirtualizing q.print to big
iface_boxing_struct_param.go:10:11: leaking param: p
iface_boxing_struct_param.go:12:18: b does not escape
