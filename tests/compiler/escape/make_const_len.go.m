make_const_len.go:5:11: make([]int, 10) does not escape
make_const_len.go:7:11: make([]byte, 0, 32) does not escape
