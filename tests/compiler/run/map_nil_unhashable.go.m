map_nil_unhashable.go:10:10: name does not escape
map_nil_unhashable.go:10:23: f does not escape
map_nil_unhashable.go:11:8: func literal does not escape
map_nil_unhashable.go:13:15: ... argument does not escape
map_nil_unhashable.go:13:20: name + ":" escapes to heap
map_nil_unhashable.go:13:20: name + ":" escapes to heap
map_nil_unhashable.go:17:13: ... argument does not escape
map_nil_unhashable.go:17:19: name + ": no panic" escapes to heap
map_nil_unhashable.go:17:19: name + ": no panic" escapes to heap
map_nil_unhashable.go:24:36: func literal does not escape
map_nil_unhashable.go:24:56: ... argument does not escape
map_nil_unhashable.go:24:58: m[1] escapes to heap
map_nil_unhashable.go:24:57: 1 does not escape
map_nil_unhashable.go:24:64: m["x"] escapes to heap
map_nil_unhashable.go:24:63: "x" does not escape
map_nil_unhashable.go:25:33: func literal does not escape
map_nil_unhashable.go:25:53: []int{...} does not escape
map_nil_unhashable.go:25:53: []int{...} does not escape
map_nil_unhashable.go:26:35: func literal does not escape
map_nil_unhashable.go:26:66: map[int]int{} does not escape
map_nil_unhashable.go:26:82: ... argument does not escape
map_nil_unhashable.go:26:82: v escapes to heap
map_nil_unhashable.go:26:82: ok escapes to heap
map_nil_unhashable.go:27:34: func literal does not escape
map_nil_unhashable.go:27:53: func literal does not escape
map_nil_unhashable.go:28:41: func literal does not escape
map_nil_unhashable.go:28:68: ([]byte)("x") does not escape
map_nil_unhashable.go:28:68: ([]byte)("x") does not escape
map_nil_unhashable.go:29:39: func literal does not escape
map_nil_unhashable.go:29:58: ... argument does not escape
map_nil_unhashable.go:29:69: ps[pair{...}] escapes to heap
map_nil_unhashable.go:29:75: "x" does not escape
map_nil_unhashable.go:30:40: func literal does not escape
map_nil_unhashable.go:30:64: 1 does not escape
map_nil_unhashable.go:30:72: []int{} does not escape
map_nil_unhashable.go:30:72: []int{} does not escape
map_nil_unhashable.go:31:23: func literal does not escape
map_nil_unhashable.go:31:39: []int{...} escapes to heap
map_nil_unhashable.go:31:39: []int{...} escapes to heap
map_nil_unhashable.go:32:26: map[interface {}]int{} does not escape
map_nil_unhashable.go:33:35: func literal does not escape
map_nil_unhashable.go:33:55: []int{...} does not escape
map_nil_unhashable.go:33:55: []int{...} does not escape
map_nil_unhashable.go:34:13: ... argument does not escape
map_nil_unhashable.go:34:17: len(m) escapes to heap
map_nil_unhashable.go:34:25: len(e) escapes to heap
