iface_embed_declared_later.go:31:30: T{...} escapes to heap
iface_embed_declared_later.go:46:42: e does not escape
iface_embed_declared_later.go:41:13: ... argument does not escape
iface_embed_declared_later.go:41:24: i1.m().(T).id escapes to heap
iface_embed_declared_later.go:41:33: i3.n() escapes to heap
iface_embed_declared_later.go:41:54: .autotmp_1.n() escapes to heap
iface_embed_declared_later.go:42:23: T{...} does not escape
iface_embed_declared_later.go:45:13: ... argument does not escape
iface_embed_declared_later.go:45:13: ok escapes to heap
iface_embed_declared_later.go:45:13: ok2 escapes to heap
iface_embed_declared_later.go:46:37: func literal escapes to heap
iface_embed_declared_later.go:46:78: "handled " + e.name escapes to heap
iface_embed_declared_later.go:47:13: ... argument does not escape
iface_embed_declared_later.go:47:23: e.handler(e) escapes to heap
iface_embed_declared_later.go:48:13: ... argument does not escape
iface_embed_declared_later.go:48:13: nanos escapes to heap
iface_embed_declared_later.go:48:24: len([0.0005 * 1e4]int{}) escapes to heap
