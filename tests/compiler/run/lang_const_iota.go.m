lang_const_iota.go:24:13: ... argument does not escape
lang_const_iota.go:24:14: Sunday escapes to heap
lang_const_iota.go:24:22: Monday escapes to heap
lang_const_iota.go:24:30: Tuesday escapes to heap
lang_const_iota.go:25:13: ... argument does not escape
lang_const_iota.go:25:14: KB escapes to heap
lang_const_iota.go:25:18: MB escapes to heap
lang_const_iota.go:25:22: GB escapes to heap
lang_const_iota.go:26:13: ... argument does not escape
lang_const_iota.go:26:17: big >> 98 escapes to heap
lang_const_iota.go:26:26: big / (1 << 99) escapes to heap
lang_const_iota.go:28:13: ... argument does not escape
lang_const_iota.go:28:14: f escapes to heap
lang_const_iota.go:28:24: float32(f) escapes to heap
lang_const_iota.go:30:13: ... argument does not escape
lang_const_iota.go:30:18: x + 1 == 0 escapes to heap
lang_const_iota.go:30:26: -5 >> 1 escapes to heap
lang_const_iota.go:30:40: uint32(1) << 31 escapes to heap
