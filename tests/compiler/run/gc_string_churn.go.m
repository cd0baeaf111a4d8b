gc_string_churn.go:14:40: "item-" + strconv.Itoa(i) + "-" + strings.Repeat("x", i % 17) does not escape
gc_string_churn.go:15:14: ([]byte)(s) does not escape
gc_string_churn.go:17:14: string(b) escapes to heap
gc_string_churn.go:23:13: ... argument does not escape
gc_string_churn.go:23:13: n escapes to heap
gc_string_churn.go:23:13: longest escapes to heap
