panic_int_div_zero.go:9:13: ... argument does not escape
panic_int_div_zero.go:9:17: div(10, 3) escapes to heap
panic_int_div_zero.go:10:13: ... argument does not escape
panic_int_div_zero.go:10:17: div(1, 0) escapes to heap
