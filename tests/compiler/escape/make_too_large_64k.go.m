make_too_large_64k.go:5:11: make([]byte, 65537) escapes to heap
make_too_large_64k.go:6:11: make([]int64, 8193) escapes to heap
