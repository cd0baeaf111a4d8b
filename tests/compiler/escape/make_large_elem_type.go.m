make_large_elem_type.go:7:11: make([]rec, 2) escapes to heap
make_large_elem_type.go:8:11: make([]rec, 1) does not escape
