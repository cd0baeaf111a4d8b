map_fmt_sorted.go:7:21: map[int]string{...} escapes to heap
map_fmt_sorted.go:8:13: ... argument does not escape
map_fmt_sorted.go:9:12: ... argument does not escape
map_fmt_sorted.go:9:36: map[string]bool{...} escapes to heap
map_fmt_sorted.go:10:12: ... argument does not escape
map_fmt_sorted.go:10:35: map[string]int{...} escapes to heap
