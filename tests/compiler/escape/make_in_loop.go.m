make_in_loop.go:7:14: make([]byte, 8) does not escape
