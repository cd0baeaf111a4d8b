iface_embedding.go:37:10: devirtualizing rw.Write to *logged
iface_embedding.go:38:10: devirtualizing rw.Write to *logged
iface_embedding.go:39:21: devirtualizing rw.Read to *logged
iface_embedding.go:39:32: devirtualizing rw.Read to *logged
iface_embedding.go:39:43: devirtualizing rw.Read to *logged
iface_embedding.go:15:7: leaking param content: b
iface_embedding.go:15:24: leaking param: s
iface_embedding.go:21:9: (*buffer).Read ignoring self-assignment in b.data = b.data[1:]
iface_embedding.go:16:7: leaking param: b to result ~r0 level=2
iface_embedding.go:30:7: leaking param content: l
iface_embedding.go:30:24: s does not escape
iface_embedding.go:32:25: "[" + s + "]" escapes to heap
iface_embedding.go:36:22: &logged{...} does not escape
iface_embedding.go:36:38: &buffer{} does not escape
iface_embedding.go:39:13: ... argument does not escape
iface_embedding.go:39:21: (*buffer).Read(rw.(*logged).buffer) escapes to heap
iface_embedding.go:39:32: (*buffer).Read(rw.(*logged).buffer) escapes to heap
iface_embedding.go:39:46: (*buffer).Read(rw.(*logged).buffer) == "" escapes to heap
iface_embedding.go:40:13: ... argument does not escape
iface_embedding.go:40:26: rw.(*logged).writes escapes to heap
iface_embedding.go:43:13: ... argument does not escape
iface_embedding.go:43:13: isW escapes to heap
