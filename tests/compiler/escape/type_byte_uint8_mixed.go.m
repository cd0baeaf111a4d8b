type_byte_uint8_mixed.go:10:10: leaking param: b
type_byte_uint8_mixed.go:10:20: leaking param: u
type_byte_uint8_mixed.go:10:31: s does not escape
type_byte_uint8_mixed.go:21:2: moved to heap: r
type_byte_uint8_mixed.go:13:15: [][]byte{...} escapes to heap
type_byte_uint8_mixed.go:13:22: []byte{...} escapes to heap
type_byte_uint8_mixed.go:14:16: [][]uint8{...} escapes to heap
type_byte_uint8_mixed.go:14:23: []uint8{...} escapes to heap
type_byte_uint8_mixed.go:16:14: ... argument does not escape
type_byte_uint8_mixed.go:16:21: string(r) escapes to heap
type_byte_uint8_mixed.go:16:21: string(r) escapes to heap
type_byte_uint8_mixed.go:16:33: []int32{...} escapes to heap
type_byte_uint8_mixed.go:16:33: []int32{...} escapes to heap
type_byte_uint8_mixed.go:18:26: ([]byte)(s) does not escape
type_byte_uint8_mixed.go:19:14: ... argument does not escape
type_byte_uint8_mixed.go:19:14: c escapes to heap
type_byte_uint8_mixed.go:22:14: []any{...} escapes to heap
type_byte_uint8_mixed.go:22:14: []any{...} escapes to heap
type_byte_uint8_mixed.go:22:15: x escapes to heap
type_byte_uint8_mixed.go:22:18: y escapes to heap
type_byte_uint8_mixed.go:22:30: [2][]byte{} escapes to heap
type_byte_uint8_mixed.go:22:56: struct { a []uint8; b []uint8 }{} escapes to heap
type_byte_uint8_mixed.go:22:74: map[byte]uint8{} escapes to heap
type_byte_uint8_mixed.go:26:24: ([]byte)("ab") escapes to heap
type_byte_uint8_mixed.go:27:24: ([]uint8)("cd") escapes to heap
type_byte_uint8_mixed.go:28:13: ... argument does not escape
