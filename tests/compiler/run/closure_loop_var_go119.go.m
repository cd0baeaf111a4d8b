closure_loop_var_go119.go:8:6: moved to heap: i
closure_loop_var_go119.go:9:19: func literal escapes to heap
closure_loop_var_go119.go:12:12: ... argument does not escape
closure_loop_var_go119.go:12:14: f() escapes to heap
closure_loop_var_go119.go:12:18: " " escapes to heap
closure_loop_var_go119.go:18:19: func literal escapes to heap
closure_loop_var_go119.go:21:12: ... argument does not escape
closure_loop_var_go119.go:21:14: g() escapes to heap
closure_loop_var_go119.go:21:18: " " escapes to heap
