go_stmt_value_args.go:5:20: out does not escape
