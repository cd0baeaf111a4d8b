lang_elided_addr_backing.go:12:20: []*[]byte{...} does not escape
lang_elided_addr_backing.go:12:21: &[]byte{...} does not escape
lang_elided_addr_backing.go:12:21: []byte{...} escapes to heap
lang_elided_addr_backing.go:17:30: &map[int]string{...} does not escape
lang_elided_addr_backing.go:17:30: map[int]string{...} escapes to heap
lang_elided_addr_backing.go:17:42: &map[int]string{...} does not escape
lang_elided_addr_backing.go:17:42: map[int]string{...} escapes to heap
lang_elided_addr_backing.go:38:14: ... argument does not escape
lang_elided_addr_backing.go:38:19: keep[i] escapes to heap
lang_elided_addr_backing.go:38:31: maps[i][i + 1] escapes to heap
lang_elided_addr_backing.go:38:41: len(maps[i]) escapes to heap
