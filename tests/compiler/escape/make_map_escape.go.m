make_map_escape.go:4:12: leaking param content: words
make_map_escape.go:5:11: make(map[string]int, len(words)) escapes to heap
make_map_escape.go:13:21: map[int]bool{...} escapes to heap
