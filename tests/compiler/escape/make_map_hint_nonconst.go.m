make_map_hint_nonconst.go:5:11: make(map[int]int, n) does not escape
