fmt_println_ptr_param.go:8:11: leaking param: t
fmt_println_ptr_param.go:9:13: ... argument does not escape
fmt_println_ptr_param.go:12:14: t does not escape
fmt_println_ptr_param.go:13:13: ... argument does not escape
fmt_println_ptr_param.go:13:15: t.v escapes to heap
