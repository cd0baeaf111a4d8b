iface_any_spelling.go:9:22: leaking param: x
iface_any_spelling.go:10:18: map[any]int{} escapes to heap
iface_any_spelling.go:11:21: map[string]any{...} escapes to heap
iface_any_spelling.go:11:25: 1 escapes to heap
iface_any_spelling.go:12:28: map[string][]any{} escapes to heap
iface_any_spelling.go:13:12: []any{...} escapes to heap
iface_any_spelling.go:13:13: 2 escapes to heap
iface_any_spelling.go:13:16: 3 escapes to heap
iface_any_spelling.go:14:14: make([]any, n) escapes to heap
iface_any_spelling.go:15:14: make(map[any]any) escapes to heap
iface_any_spelling.go:16:9: &[2]any{} escapes to heap
iface_any_spelling.go:17:10: new(any) escapes to heap
iface_any_spelling.go:18:8: &struct { f any }{} escapes to heap
iface_any_spelling.go:19:23: []func(any) any{} escapes to heap
iface_any_spelling.go:20:17: [][]any{...} escapes to heap
iface_any_spelling.go:20:18: []any{...} escapes to heap
iface_any_spelling.go:20:19: 4 escapes to heap
iface_any_spelling.go:20:23: []any{} escapes to heap
iface_any_spelling.go:21:2: []any{...} escapes to heap
iface_any_spelling.go:21:14: []any{...} escapes to heap
iface_any_spelling.go:21:29: s escapes to heap
iface_any_spelling.go:21:32: made escapes to heap
iface_any_spelling.go:21:56: fs escapes to heap
iface_any_spelling.go:21:60: grid escapes to heap
iface_any_spelling.go:26:12: []any{...} does not escape
iface_any_spelling.go:26:13: n escapes to heap
iface_any_spelling.go:27:18: map[any]int{...} does not escape
