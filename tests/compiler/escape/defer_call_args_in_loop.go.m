defer_call_args_in_loop.go:3:11: p does not escape
defer_call_args_in_loop.go:10:3: moved to heap: v
