make_returned.go:5:13: make([]int, 4) escapes to heap
make_returned.go:9:11: make([]string, 2) escapes to heap
