nested_map_printer.go:10:11: leaking param: v
nested_map_printer.go:19:7: moved to heap: b
nested_map_printer.go:14:15: make([]string, 0, len(x)) escapes to heap
nested_map_printer.go:22:15: ... argument does not escape
nested_map_printer.go:22:20: pad escapes to heap
nested_map_printer.go:22:20: k escapes to heap
nested_map_printer.go:22:48: show(x[k], indent + 1) escapes to heap
nested_map_printer.go:24:21: pad + "}" does not escape
nested_map_printer.go:27:16: make([]string, len(x)) escapes to heap
nested_map_printer.go:31:42: "[" + strings.Join(parts, ", ") + "]" escapes to heap
nested_map_printer.go:33:21: ... argument does not escape
nested_map_printer.go:33:22: x escapes to heap
nested_map_printer.go:35:20: ... argument does not escape
nested_map_printer.go:40:31: map[string]interface {}{...} escapes to heap
nested_map_printer.go:41:9: "gomem" escapes to heap
nested_map_printer.go:42:12: 1 escapes to heap
nested_map_printer.go:43:9: []interface {}{...} escapes to heap
nested_map_printer.go:43:27: []interface {}{...} escapes to heap
nested_map_printer.go:43:28: "gc" escapes to heap
nested_map_printer.go:43:34: "escape" escapes to heap
nested_map_printer.go:43:44: 3.5 escapes to heap
nested_map_printer.go:43:49: true escapes to heap
nested_map_printer.go:44:36: map[string]interface {}{...} escapes to heap
nested_map_printer.go:44:43: "runtime" escapes to heap
nested_map_printer.go:44:62: 4 escapes to heap
nested_map_printer.go:46:13: ... argument does not escape
nested_map_printer.go:46:18: show(doc, 0) escapes to heap
