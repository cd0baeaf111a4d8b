new_too_large_64k.go:5:10: new([65537]byte) escapes to heap
