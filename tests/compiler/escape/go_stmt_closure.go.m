go_stmt_closure.go:7:5: func literal escapes to heap
