nil_func_call.go:11:13: ... argument does not escape
nil_func_call.go:11:28: handlers["hi"]() escapes to heap
nil_func_call.go:13:13: ... argument does not escape
nil_func_call.go:13:16: f == nil escapes to heap
nil_func_call.go:14:13: ... argument does not escape
nil_func_call.go:14:15: f() escapes to heap
nil_func_call.go:6:40: map[string]func() string{...} escapes to heap
nil_func_call.go:7:8: func literal escapes to heap
