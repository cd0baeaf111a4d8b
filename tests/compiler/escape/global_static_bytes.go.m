global_static_bytes.go:16:13: ([]byte)(s) escapes to heap
