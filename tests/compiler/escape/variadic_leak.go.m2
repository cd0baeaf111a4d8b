variadic_leak.go:6:14: parameter ps leaks to {heap} with derefs=0:
variadic_leak.go:6:14:   flow: {heap} = ps:
variadic_leak.go:6:14:     from kept = ps (assign) at variadic_leak.go:7:7
variadic_leak.go:6:14: leaking param: ps
variadic_leak.go:12:9: ... argument escapes to heap:
variadic_leak.go:12:9:   flow: {heap} = &{storage for ... argument}:
variadic_leak.go:12:9:     from ... argument (spill) at variadic_leak.go:12:9
variadic_leak.go:12:9:     from keepAll(... argument...) (call parameter) at variadic_leak.go:12:9
variadic_leak.go:11:2: a escapes to heap:
variadic_leak.go:11:2:   flow: {storage for ... argument} = &a:
variadic_leak.go:11:2:     from &a (address-of) at variadic_leak.go:12:10
variadic_leak.go:11:2:     from ... argument (slice-literal-element) at variadic_leak.go:12:9
variadic_leak.go:11:5: b escapes to heap:
variadic_leak.go:11:5:   flow: {storage for ... argument} = &b:
variadic_leak.go:11:5:     from &b (address-of) at variadic_leak.go:12:14
variadic_leak.go:11:5:     from ... argument (slice-literal-element) at variadic_leak.go:12:9
variadic_leak.go:11:2: moved to heap: a
variadic_leak.go:11:5: moved to heap: b
variadic_leak.go:12:9: ... argument escapes to heap
