make_map_no_escape.go:5:11: make(map[string]int) does not escape
