go_stmt_closure_in_loop.go:8:6: func literal escapes to heap
