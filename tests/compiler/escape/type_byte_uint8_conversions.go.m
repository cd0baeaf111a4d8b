type_byte_uint8_conversions.go:13:14: s does not escape
type_byte_uint8_conversions.go:13:24: leaking param: b
type_byte_uint8_conversions.go:13:33: leaking param: o
type_byte_uint8_conversions.go:14:2: ([]byte)(s) escapes to heap
type_byte_uint8_conversions.go:14:15: ([]byte)(s) escapes to heap
type_byte_uint8_conversions.go:15:2: ([]uint8)(s) escapes to heap
type_byte_uint8_conversions.go:15:16: ([]uint8)(s) escapes to heap
type_byte_uint8_conversions.go:16:2: ([]rune)(s) escapes to heap
type_byte_uint8_conversions.go:16:15: ([]rune)(s) escapes to heap
type_byte_uint8_conversions.go:17:2: ([]int32)(s) escapes to heap
type_byte_uint8_conversions.go:17:16: ([]int32)(s) escapes to heap
type_byte_uint8_conversions.go:18:2: ([]uint8)("abc") escapes to heap
type_byte_uint8_conversions.go:18:16: ([]uint8)("abc") escapes to heap
type_byte_uint8_conversions.go:19:2: []int32{...} escapes to heap
type_byte_uint8_conversions.go:19:16: []int32{...} escapes to heap
type_byte_uint8_conversions.go:20:2: []rune{...} escapes to heap
type_byte_uint8_conversions.go:20:15: []rune{...} escapes to heap
type_byte_uint8_conversions.go:21:2: ([]byte)(b) escapes to heap
type_byte_uint8_conversions.go:22:2: ([]uint8)(o) escapes to heap
type_byte_uint8_conversions.go:23:2: Bytes(s) escapes to heap
type_byte_uint8_conversions.go:23:14: Bytes(s) escapes to heap
type_byte_uint8_conversions.go:24:2: Octets(s) escapes to heap
type_byte_uint8_conversions.go:24:15: Octets(s) escapes to heap
type_byte_uint8_conversions.go:25:2: string(b) + string(o) escapes to heap
type_byte_uint8_conversions.go:25:19: string(b) + string(o) escapes to heap
type_byte_uint8_conversions.go:25:15: string(b) does not escape
type_byte_uint8_conversions.go:25:27: string(o) does not escape
type_byte_uint8_conversions.go:29:2: make([]byte, n) escapes to heap
type_byte_uint8_conversions.go:29:13: make([]byte, n) escapes to heap
type_byte_uint8_conversions.go:30:2: make([]uint8, n) escapes to heap
type_byte_uint8_conversions.go:30:13: make([]uint8, n) escapes to heap
type_byte_uint8_conversions.go:31:12: new(byte) escapes to heap
type_byte_uint8_conversions.go:32:12: new(uint8) escapes to heap
type_byte_uint8_conversions.go:33:12: new(rune) escapes to heap
type_byte_uint8_conversions.go:34:12: new(int32) escapes to heap
type_byte_uint8_conversions.go:35:9: &[]uint8{...} escapes to heap
type_byte_uint8_conversions.go:35:17: []uint8{...} escapes to heap
type_byte_uint8_conversions.go:36:9: &[]rune{...} escapes to heap
type_byte_uint8_conversions.go:36:16: []rune{...} escapes to heap
