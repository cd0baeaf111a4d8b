go_stmt_method.go:5:7: c does not escape
go_stmt_method.go:5:23: done does not escape
go_stmt_method.go:12:2: moved to heap: c
