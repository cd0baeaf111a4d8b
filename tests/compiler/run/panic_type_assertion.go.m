panic_type_assertion.go:7:6: 3.5 does not escape
panic_type_assertion.go:8:13: ... argument does not escape
panic_type_assertion.go:8:15: v.(float64) escapes to heap
panic_type_assertion.go:9:13: ... argument does not escape
panic_type_assertion.go:9:15: v.(string) escapes to heap
