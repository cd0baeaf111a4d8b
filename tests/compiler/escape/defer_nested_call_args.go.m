defer_nested_call_args.go:12:11: leaking param: tag to result ~r0 level=0
defer_nested_call_args.go:13:11: leaking param: s
defer_nested_call_args.go:13:50: ... argument does not escape
defer_nested_call_args.go:13:50: s escapes to heap
defer_nested_call_args.go:13:50: n escapes to heap
defer_nested_call_args.go:14:12: xs does not escape
defer_nested_call_args.go:18:29: ... argument does not escape
defer_nested_call_args.go:18:30: "loop" escapes to heap
defer_nested_call_args.go:18:30: i escapes to heap
defer_nested_call_args.go:19:24: ... argument does not escape
defer_nested_call_args.go:19:25: "x" escapes to heap
defer_nested_call_args.go:19:25: i escapes to heap
defer_nested_call_args.go:20:26: count(... argument...) escapes to heap
defer_nested_call_args.go:20:26: ... argument does not escape
defer_nested_call_args.go:20:39: []int{...} escapes to heap
defer_nested_call_args.go:20:39: []int{...} escapes to heap
defer_nested_call_args.go:20:20: ... argument does not escape
defer_nested_call_args.go:22:28: ... argument does not escape
defer_nested_call_args.go:22:28: .autotmp_3 escapes to heap
defer_nested_call_args.go:22:28: .autotmp_4 escapes to heap
