map_nil_read_write.go:8:13: ... argument does not escape
map_nil_read_write.go:8:15: m["x"] escapes to heap
map_nil_read_write.go:8:25: len(m) escapes to heap
map_nil_read_write.go:8:32: m == nil escapes to heap
map_nil_read_write.go:10:14: ... argument does not escape
map_nil_read_write.go:10:15: "never" escapes to heap
map_nil_read_write.go:13:13: ... argument does not escape
map_nil_read_write.go:13:14: "unreachable" escapes to heap
