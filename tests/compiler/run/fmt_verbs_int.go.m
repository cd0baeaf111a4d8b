fmt_verbs_int.go:8:12: ... argument does not escape
fmt_verbs_int.go:8:13: n escapes to heap
fmt_verbs_int.go:8:13: n escapes to heap
fmt_verbs_int.go:8:13: n escapes to heap
fmt_verbs_int.go:8:13: n escapes to heap
fmt_verbs_int.go:8:13: n escapes to heap
fmt_verbs_int.go:9:12: ... argument does not escape
fmt_verbs_int.go:9:13: n escapes to heap
fmt_verbs_int.go:9:13: n escapes to heap
fmt_verbs_int.go:9:13: n escapes to heap
fmt_verbs_int.go:9:13: n escapes to heap
fmt_verbs_int.go:9:13: n escapes to heap
fmt_verbs_int.go:9:13: n escapes to heap
fmt_verbs_int.go:10:12: ... argument does not escape
fmt_verbs_int.go:10:27: 'G' escapes to heap
fmt_verbs_int.go:10:32: 'G' escapes to heap
fmt_verbs_int.go:10:37: 'G' escapes to heap
fmt_verbs_int.go:11:12: ... argument does not escape
fmt_verbs_int.go:11:31: int8(-128) escapes to heap
fmt_verbs_int.go:11:44: uint8(200) escapes to heap
fmt_verbs_int.go:11:60: int64(-1) << 40 escapes to heap
fmt_verbs_int.go:12:12: ... argument does not escape
fmt_verbs_int.go:12:24: -7 escapes to heap
fmt_verbs_int.go:12:32: uint(7) escapes to heap
fmt_verbs_int.go:13:12: ... argument does not escape
fmt_verbs_int.go:13:28: 6 escapes to heap
fmt_verbs_int.go:13:31: 42 escapes to heap
fmt_verbs_int.go:13:35: 6 escapes to heap
fmt_verbs_int.go:13:38: 42 escapes to heap
fmt_verbs_int.go:14:12: ... argument does not escape
fmt_verbs_int.go:14:24: -255 escapes to heap
fmt_verbs_int.go:14:36: []byte{...} escapes to heap
fmt_verbs_int.go:14:36: []byte{...} escapes to heap
