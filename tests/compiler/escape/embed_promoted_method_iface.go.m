embed_promoted_method_iface.go:20:7: devirtualizing l.Log to service
embed_promoted_method_iface.go:7:7: l does not escape
embed_promoted_method_iface.go:7:21: s does not escape
embed_promoted_method_iface.go:7:44: ... argument does not escape
embed_promoted_method_iface.go:7:54: l.prefix + s escapes to heap
embed_promoted_method_iface.go:7:54: l.prefix + s escapes to heap
embed_promoted_method_iface.go:19:17: s does not escape
