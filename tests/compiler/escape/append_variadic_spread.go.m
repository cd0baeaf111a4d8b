append_variadic_spread.go:4:13: leaking param: a to result ~r0 level=0
append_variadic_spread.go:4:16: b does not escape
append_variadic_spread.go:8:17: leaking param content: a
append_variadic_spread.go:8:17: leaking param: a to result ~r0 level=0
append_variadic_spread.go:8:20: leaking param content: b
