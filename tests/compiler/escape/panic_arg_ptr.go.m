panic_arg_ptr.go:10:2: moved to heap: e
panic_arg_ptr.go:7:8: func literal does not escape
