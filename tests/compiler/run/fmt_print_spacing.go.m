fmt_print_spacing.go:7:11: ... argument does not escape
fmt_print_spacing.go:7:12: "a" escapes to heap
fmt_print_spacing.go:7:17: "b" escapes to heap
fmt_print_spacing.go:7:22: 1 escapes to heap
fmt_print_spacing.go:7:25: 2 escapes to heap
fmt_print_spacing.go:7:28: "c" escapes to heap
fmt_print_spacing.go:7:33: 3.5 escapes to heap
fmt_print_spacing.go:7:38: "\n" escapes to heap
fmt_print_spacing.go:8:13: ... argument does not escape
fmt_print_spacing.go:8:14: "a" escapes to heap
fmt_print_spacing.go:8:19: "b" escapes to heap
fmt_print_spacing.go:8:24: 1 escapes to heap
fmt_print_spacing.go:8:27: 2 escapes to heap
fmt_print_spacing.go:9:17: ... argument does not escape
fmt_print_spacing.go:9:18: 1 escapes to heap
fmt_print_spacing.go:9:21: 2 escapes to heap
fmt_print_spacing.go:9:24: "x" escapes to heap
fmt_print_spacing.go:9:29: 3 escapes to heap
fmt_print_spacing.go:10:13: ... argument does not escape
fmt_print_spacing.go:10:13: s escapes to heap
fmt_print_spacing.go:10:20: len(s) escapes to heap
fmt_print_spacing.go:11:18: ... argument does not escape
fmt_print_spacing.go:11:19: "end" escapes to heap
fmt_print_spacing.go:11:26: 9 escapes to heap
fmt_print_spacing.go:12:11: ... argument does not escape
fmt_print_spacing.go:12:11: s escapes to heap
fmt_print_spacing.go:13:12: ... argument does not escape
fmt_print_spacing.go:13:27: 3 escapes to heap
fmt_print_spacing.go:14:12: ... argument does not escape
fmt_print_spacing.go:14:24: 1 escapes to heap
fmt_print_spacing.go:15:12: ... argument does not escape
fmt_print_spacing.go:15:21: "str" escapes to heap
fmt_print_spacing.go:16:12: ... argument does not escape
fmt_print_spacing.go:16:20: 5 escapes to heap
