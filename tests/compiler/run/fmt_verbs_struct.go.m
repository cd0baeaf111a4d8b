fmt_verbs_struct.go:17:2: moved to heap: p
fmt_verbs_struct.go:18:2: moved to heap: l
fmt_verbs_struct.go:18:54: []string{...} escapes to heap
fmt_verbs_struct.go:19:12: ... argument does not escape
fmt_verbs_struct.go:19:13: p escapes to heap
fmt_verbs_struct.go:19:13: p escapes to heap
fmt_verbs_struct.go:20:12: ... argument does not escape
fmt_verbs_struct.go:20:13: l escapes to heap
fmt_verbs_struct.go:20:13: l escapes to heap
fmt_verbs_struct.go:21:12: ... argument does not escape
fmt_verbs_struct.go:22:12: ... argument does not escape
fmt_verbs_struct.go:22:13: p escapes to heap
fmt_verbs_struct.go:22:41: l.Tags escapes to heap
fmt_verbs_struct.go:22:48: 3.0 escapes to heap
fmt_verbs_struct.go:22:67: map[string]int{} escapes to heap
fmt_verbs_struct.go:23:12: ... argument does not escape
fmt_verbs_struct.go:23:52: struct {}{} escapes to heap
fmt_verbs_struct.go:24:13: ... argument does not escape
fmt_verbs_struct.go:24:13: p escapes to heap
fmt_verbs_struct.go:24:24: []point{...} escapes to heap
fmt_verbs_struct.go:24:24: []point{...} escapes to heap
fmt_verbs_struct.go:24:49: [2]bool{...} escapes to heap
fmt_verbs_struct.go:26:13: ... argument does not escape
fmt_verbs_struct.go:26:17: np == nil escapes to heap
fmt_verbs_struct.go:26:35: fmt.Sprint(... argument...) escapes to heap
fmt_verbs_struct.go:26:35: ... argument does not escape
