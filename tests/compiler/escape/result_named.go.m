result_named.go:5:2: moved to heap: v
