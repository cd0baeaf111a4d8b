make_const_expr_len.go:7:11: make([]int, n * 2) does not escape
make_const_expr_len.go:8:11: make([]string, len("abc")) does not escape
