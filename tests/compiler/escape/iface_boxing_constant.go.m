iface_boxing_constant.go:7:13: ... argument does not escape
iface_boxing_constant.go:7:14: 42 escapes to heap
iface_boxing_constant.go:7:18: "const" escapes to heap
iface_boxing_constant.go:7:27: true escapes to heap
iface_boxing_constant.go:7:33: 1.5 escapes to heap
