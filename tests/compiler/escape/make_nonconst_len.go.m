make_nonconst_len.go:5:11: make([]int, n) escapes to heap
