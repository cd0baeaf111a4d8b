closure_in_loop.go:8:19: func literal escapes to heap
