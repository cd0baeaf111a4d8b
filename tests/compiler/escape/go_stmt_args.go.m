go_stmt_args.go:3:13: p does not escape
go_stmt_args.go:3:21: done does not escape
go_stmt_args.go:10:2: moved to heap: x
