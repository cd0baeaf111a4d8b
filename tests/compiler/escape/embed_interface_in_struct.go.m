embed_interface_in_struct.go:11:7: leaking param content: c
embed_interface_in_struct.go:16:11: leaking param: r
embed_interface_in_struct.go:17:9: &counting{...} escapes to heap
