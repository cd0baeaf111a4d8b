fmt_printf_args.go:9:12: ... argument does not escape
fmt_printf_args.go:9:13: n escapes to heap
fmt_printf_args.go:9:13: f escapes to heap
fmt_printf_args.go:9:13: name escapes to heap
