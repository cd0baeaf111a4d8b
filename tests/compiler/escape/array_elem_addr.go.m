array_elem_addr.go:7:6: moved to heap: a
