strings_predicates.go:14:11: func literal does not escape
strings_predicates.go:19:12: ... argument does not escape
strings_predicates.go:19:13: fields escapes to heap
strings_predicates.go:19:38: len(fields) escapes to heap
strings_predicates.go:19:54: string(seen) escapes to heap
strings_predicates.go:19:54: string(seen) escapes to heap
strings_predicates.go:22:13: func literal does not escape
strings_predicates.go:26:13: ... argument does not escape
strings_predicates.go:26:31: strings.IndexFunc("abc123def", isDigit) escapes to heap
strings_predicates.go:26:76: strings.LastIndexFunc("abc123def", isDigit) escapes to heap
strings_predicates.go:26:106: string(seen) escapes to heap
strings_predicates.go:26:106: string(seen) escapes to heap
strings_predicates.go:27:13: ... argument does not escape
strings_predicates.go:27:31: strings.IndexFunc("none", isDigit) escapes to heap
strings_predicates.go:27:71: strings.LastIndexFunc("", isDigit) escapes to heap
strings_predicates.go:31:12: ... argument does not escape
strings_predicates.go:31:13: trimmed escapes to heap
strings_predicates.go:31:39: string(seen) escapes to heap
strings_predicates.go:31:39: string(seen) escapes to heap
strings_predicates.go:32:12: ... argument does not escape
strings_predicates.go:32:44: strings.TrimLeftFunc("42abc", isDigit) escapes to heap
strings_predicates.go:32:85: strings.TrimRightFunc("abc42", isDigit) escapes to heap
strings_predicates.go:33:12: ... argument does not escape
strings_predicates.go:33:40: strings.TrimFunc("12345", isDigit) escapes to heap
strings_predicates.go:33:81: strings.TrimRightFunc("ab\xff\xfe9", isDigit) escapes to heap
strings_predicates.go:34:11: func literal does not escape
strings_predicates.go:35:13: ... argument does not escape
strings_predicates.go:35:32: strings.FieldsFunc("HelloWorldFromGo", upper) escapes to heap
strings_predicates.go:35:64: len(strings.FieldsFunc("", upper)) escapes to heap
strings_predicates.go:36:13: ... argument does not escape
strings_predicates.go:36:35: strings.LastIndexFunc("日本語x", func literal) escapes to heap
strings_predicates.go:36:50: func literal does not escape
