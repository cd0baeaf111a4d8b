string_concat.go:6:9: a + b does not escape
