panic_string.go:7:13: ... argument does not escape
panic_string.go:7:14: "before" escapes to heap
panic_string.go:8:7: "something bad happened" escapes to heap
