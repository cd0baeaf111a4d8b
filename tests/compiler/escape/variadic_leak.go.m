variadic_leak.go:6:14: leaking param: ps
variadic_leak.go:11:2: moved to heap: a
variadic_leak.go:11:5: moved to heap: b
variadic_leak.go:12:9: ... argument escapes to heap
