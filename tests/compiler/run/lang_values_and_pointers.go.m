lang_values_and_pointers.go:8:7: v does not escape
lang_values_and_pointers.go:9:51: ... argument does not escape
lang_values_and_pointers.go:9:64: v.X escapes to heap
lang_values_and_pointers.go:9:69: v.Y escapes to heap
lang_values_and_pointers.go:19:21: p does not escape
lang_values_and_pointers.go:38:2: moved to heap: arr
lang_values_and_pointers.go:28:13: ... argument does not escape
lang_values_and_pointers.go:28:13: a escapes to heap
lang_values_and_pointers.go:28:13: b escapes to heap
lang_values_and_pointers.go:28:25: Vec.Add(a, b) escapes to heap
lang_values_and_pointers.go:29:12: a.Scale does not escape
lang_values_and_pointers.go:32:13: ... argument does not escape
lang_values_and_pointers.go:32:13: a escapes to heap
lang_values_and_pointers.go:32:20: add(a, Vec{...}) escapes to heap
lang_values_and_pointers.go:32:49: (*Vec).Scale != nil escapes to heap
lang_values_and_pointers.go:36:13: ... argument does not escape
lang_values_and_pointers.go:36:13: g escapes to heap
lang_values_and_pointers.go:43:13: ... argument does not escape
lang_values_and_pointers.go:43:13: arr escapes to heap
lang_values_and_pointers.go:43:13: s1 escapes to heap
lang_values_and_pointers.go:43:13: s2 escapes to heap
lang_values_and_pointers.go:43:30: len(s2) escapes to heap
lang_values_and_pointers.go:43:39: cap(s2) escapes to heap
lang_values_and_pointers.go:44:12: make([]int, 2, 10) escapes to heap
lang_values_and_pointers.go:47:13: ... argument does not escape
lang_values_and_pointers.go:47:13: s4 escapes to heap
lang_values_and_pointers.go:47:13: s5 escapes to heap
lang_values_and_pointers.go:47:29: &s4[0] == &s5[0] escapes to heap
lang_values_and_pointers.go:49:44: map[string]bool{...} escapes to heap
lang_values_and_pointers.go:53:13: ... argument does not escape
lang_values_and_pointers.go:53:15: n.Vec escapes to heap
lang_values_and_pointers.go:53:22: m.Vec escapes to heap
lang_values_and_pointers.go:53:31: len(n.tags) escapes to heap
lang_values_and_pointers.go:53:49: Vec.String(n.Vec) escapes to heap
lang_values_and_pointers.go:56:12: ... argument does not escape
lang_values_and_pointers.go:56:26: n.Vec escapes to heap
lang_values_and_pointers.go:56:32: *pn escapes to heap
lang_values_and_pointers.go:64:13: ... argument does not escape
lang_values_and_pointers.go:64:13: i8 escapes to heap
lang_values_and_pointers.go:64:13: u8 escapes to heap
lang_values_and_pointers.go:64:13: u32 escapes to heap
lang_values_and_pointers.go:64:29: -7 / 2 escapes to heap
lang_values_and_pointers.go:64:35: -7 % 2 escapes to heap
lang_values_and_pointers.go:64:40: 7 >> 1 escapes to heap
lang_values_and_pointers.go:64:47: -7 >> 1 escapes to heap
lang_values_and_pointers.go:64:57: 1 << 62 >> 60 escapes to heap
lang_values_and_pointers.go:70:13: ... argument does not escape
lang_values_and_pointers.go:70:14: KB escapes to heap
lang_values_and_pointers.go:70:18: MB escapes to heap
lang_values_and_pointers.go:70:22: GB escapes to heap
lang_values_and_pointers.go:70:28: GB / MB escapes to heap
lang_values_and_pointers.go:72:13: ... argument does not escape
lang_values_and_pointers.go:72:15: x &^ 0x3 escapes to heap
lang_values_and_pointers.go:72:23: x | 0x30 escapes to heap
lang_values_and_pointers.go:72:31: x ^ 0xFF escapes to heap
lang_values_and_pointers.go:72:38: ^x escapes to heap
lang_values_and_pointers.go:73:16: []*Vec{...} does not escape
lang_values_and_pointers.go:73:17: &Vec{...} does not escape
lang_values_and_pointers.go:73:25: &Vec{...} does not escape
lang_values_and_pointers.go:77:13: ... argument does not escape
lang_values_and_pointers.go:77:14: *ptrs[0] escapes to heap
lang_values_and_pointers.go:77:38: Vec.String(ptrs[1]) escapes to heap
