make_nonconst_cap.go:5:11: make([]byte, 0, c) escapes to heap
