make_nonconst_len.go:5:11: make([]int, n) escapes to heap:
make_nonconst_len.go:5:11:   flow: {heap} = &{storage for make([]int, n)}:
make_nonconst_len.go:5:11:     from make([]int, n) (non-constant size) at make_nonconst_len.go:5:11
make_nonconst_len.go:5:11: make([]int, n) escapes to heap
