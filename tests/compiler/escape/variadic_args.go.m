variadic_args.go:5:10: xs does not escape
variadic_args.go:14:13: ... argument does not escape
