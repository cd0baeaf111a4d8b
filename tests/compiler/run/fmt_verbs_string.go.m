fmt_verbs_string.go:8:12: ... argument does not escape
fmt_verbs_string.go:8:13: s escapes to heap
fmt_verbs_string.go:8:13: s escapes to heap
fmt_verbs_string.go:8:13: s escapes to heap
fmt_verbs_string.go:8:13: s escapes to heap
fmt_verbs_string.go:9:12: ... argument does not escape
fmt_verbs_string.go:9:13: s escapes to heap
fmt_verbs_string.go:9:13: s escapes to heap
fmt_verbs_string.go:9:13: s escapes to heap
fmt_verbs_string.go:9:13: s escapes to heap
fmt_verbs_string.go:10:12: ... argument does not escape
fmt_verbs_string.go:10:21: "tab\there \"quoted\" \u00e9" escapes to heap
fmt_verbs_string.go:11:12: ... argument does not escape
fmt_verbs_string.go:11:32: []string{...} escapes to heap
fmt_verbs_string.go:11:32: []string{...} escapes to heap
fmt_verbs_string.go:11:50: ([]byte)("hi") escapes to heap
fmt_verbs_string.go:11:50: ([]byte)("hi") escapes to heap
fmt_verbs_string.go:12:12: ... argument does not escape
fmt_verbs_string.go:12:24: true escapes to heap
fmt_verbs_string.go:12:30: false escapes to heap
fmt_verbs_string.go:13:12: ... argument does not escape
fmt_verbs_string.go:13:26: 50 escapes to heap
