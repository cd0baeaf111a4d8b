make_too_large_64k.go:5:11: make([]byte, 65537) escapes to heap:
make_too_large_64k.go:5:11:   flow: {heap} = &{storage for make([]byte, 65537)}:
make_too_large_64k.go:5:11:     from make([]byte, 65537) (too large for stack) at make_too_large_64k.go:5:11
make_too_large_64k.go:6:11: make([]int64, 8193) escapes to heap:
make_too_large_64k.go:6:11:   flow: {heap} = &{storage for make([]int64, 8193)}:
make_too_large_64k.go:6:11:     from make([]int64, 8193) (too large for stack) at make_too_large_64k.go:6:11
make_too_large_64k.go:5:11: make([]byte, 65537) escapes to heap
make_too_large_64k.go:6:11: make([]int64, 8193) escapes to heap
