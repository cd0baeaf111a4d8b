lang_multivalue_builtins.go:11:59: make([]int, 1, 4) escapes to heap
lang_multivalue_builtins.go:12:53: make([]byte, 3) escapes to heap
lang_multivalue_builtins.go:13:54: []string{...} escapes to heap
lang_multivalue_builtins.go:13:79: []string{...} escapes to heap
lang_multivalue_builtins.go:14:62: map[string]int{...} escapes to heap
lang_multivalue_builtins.go:16:55: ([]byte)("go") escapes to heap
lang_multivalue_builtins.go:24:13: ... argument does not escape
lang_multivalue_builtins.go:24:13: s escapes to heap
lang_multivalue_builtins.go:24:20: len(s) escapes to heap
lang_multivalue_builtins.go:24:28: cap(s) escapes to heap
lang_multivalue_builtins.go:24:28: calls escapes to heap
lang_multivalue_builtins.go:26:13: ... argument does not escape
lang_multivalue_builtins.go:26:18: copy(b, str) escapes to heap
lang_multivalue_builtins.go:26:34: string(b) escapes to heap
lang_multivalue_builtins.go:26:34: string(b) escapes to heap
lang_multivalue_builtins.go:28:13: ... argument does not escape
lang_multivalue_builtins.go:28:18: copy(.autotmp_7, .autotmp_8) escapes to heap
lang_multivalue_builtins.go:28:18: dst escapes to heap
lang_multivalue_builtins.go:28:18: src escapes to heap
lang_multivalue_builtins.go:32:13: ... argument does not escape
lang_multivalue_builtins.go:32:17: len(m) escapes to heap
lang_multivalue_builtins.go:34:12: ... argument does not escape
lang_multivalue_builtins.go:34:13: c escapes to heap
lang_multivalue_builtins.go:34:13: c escapes to heap
lang_multivalue_builtins.go:35:13: ... argument does not escape
lang_multivalue_builtins.go:35:20: string(append(many())) escapes to heap
lang_multivalue_builtins.go:35:20: string(append(many())) escapes to heap
lang_multivalue_builtins.go:42:13: ... argument does not escape
lang_multivalue_builtins.go:42:13: n escapes to heap
lang_multivalue_builtins.go:42:17: k escapes to heap
lang_multivalue_builtins.go:42:23: len(<-ch) escapes to heap
lang_multivalue_builtins.go:42:23: calls escapes to heap
