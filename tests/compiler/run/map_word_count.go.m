map_word_count.go:14:26: map[string]int{} does not escape
map_word_count.go:26:12: list escapes to heap
map_word_count.go:26:19: func literal does not escape
map_word_count.go:33:13: ... argument does not escape
map_word_count.go:33:28: e.w escapes to heap
map_word_count.go:33:33: e.n escapes to heap
