variadic_content_leak.go:6:18: leaking param content: ps
variadic_content_leak.go:12:11: leaking param: x
variadic_content_leak.go:13:13: ... argument does not escape
