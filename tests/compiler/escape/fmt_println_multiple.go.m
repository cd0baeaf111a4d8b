fmt_println_multiple.go:10:7: &T{...} escapes to heap
fmt_println_multiple.go:11:12: []int{...} escapes to heap
fmt_println_multiple.go:12:21: map[string]int{...} escapes to heap
fmt_println_multiple.go:13:13: ... argument does not escape
fmt_println_multiple.go:13:13: t escapes to heap
fmt_println_multiple.go:13:13: s escapes to heap
fmt_println_multiple.go:13:26: "x" escapes to heap
fmt_println_multiple.go:13:31: 3 escapes to heap
