make_nonconst_var_len.go:6:11: make([]int, n) escapes to heap
