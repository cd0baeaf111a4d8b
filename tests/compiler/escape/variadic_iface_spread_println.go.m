variadic_iface_spread_println.go:6:11: leaking param content: args
variadic_iface_spread_println.go:11:6: ... argument does not escape
variadic_iface_spread_println.go:11:7: "n" escapes to heap
variadic_iface_spread_println.go:11:7: n escapes to heap
