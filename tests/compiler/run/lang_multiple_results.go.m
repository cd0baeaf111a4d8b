lang_multiple_results.go:12:13: xs does not escape
lang_multiple_results.go:30:13: ... argument does not escape
lang_multiple_results.go:30:13: q escapes to heap
lang_multiple_results.go:30:13: r escapes to heap
lang_multiple_results.go:32:13: ... argument does not escape
lang_multiple_results.go:32:13: r2 escapes to heap
lang_multiple_results.go:33:20: ... argument does not escape
lang_multiple_results.go:33:13: ... argument does not escape
lang_multiple_results.go:33:13: .autotmp_3 escapes to heap
lang_multiple_results.go:33:13: .autotmp_4 escapes to heap
lang_multiple_results.go:34:13: ... argument does not escape
lang_multiple_results.go:34:13: .autotmp_5 escapes to heap
lang_multiple_results.go:34:13: .autotmp_6 escapes to heap
lang_multiple_results.go:35:13: []int{...} does not escape
lang_multiple_results.go:36:13: ... argument does not escape
lang_multiple_results.go:36:13: .autotmp_8 escapes to heap
lang_multiple_results.go:36:13: .autotmp_9 escapes to heap
