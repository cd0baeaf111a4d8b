variadic_spread.go:3:12: xs does not escape
variadic_spread.go:9:19: []string{...} does not escape
