closure_func_values.go:8:14: leaking param: f
closure_func_values.go:8:17: leaking param: g
closure_func_values.go:9:9: func literal escapes to heap
closure_func_values.go:13:22: map[string]op{...} does not escape
closure_func_values.go:14:10: func literal escapes to heap
closure_func_values.go:15:10: func literal escapes to heap
closure_func_values.go:17:31: []string{...} does not escape
closure_func_values.go:19:15: ... argument does not escape
closure_func_values.go:19:15: name escapes to heap
closure_func_values.go:19:23: f(6, 7) escapes to heap
closure_func_values.go:21:15: ... argument does not escape
closure_func_values.go:21:15: name escapes to heap
closure_func_values.go:21:22: "missing" escapes to heap
closure_func_values.go:21:35: f == nil escapes to heap
closure_func_values.go:24:9: func literal escapes to heap
closure_func_values.go:25:9: func literal escapes to heap
closure_func_values.go:26:13: ... argument does not escape
closure_func_values.go:26:31: .autotmp_6(5) escapes to heap
closure_func_values.go:26:53: .autotmp_7(5) escapes to heap
