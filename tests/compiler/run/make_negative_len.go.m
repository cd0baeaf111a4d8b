make_negative_len.go:7:13: make([]int, n) escapes to heap
make_negative_len.go:11:13: ... argument does not escape
make_negative_len.go:11:17: len(mk(3)) escapes to heap
make_negative_len.go:12:13: ... argument does not escape
make_negative_len.go:12:17: len(mk(-1)) escapes to heap
