make_exactly_64k.go:5:11: make([]byte, 65536) does not escape
make_exactly_64k.go:6:11: make([]int64, 8192) does not escape
