type_byte_uint8_elided.go:11:2: [][]uint8{...} escapes to heap
type_byte_uint8_elided.go:11:18: [][]uint8{...} escapes to heap
type_byte_uint8_elided.go:11:19: []uint8{...} escapes to heap
type_byte_uint8_elided.go:12:2: [][]byte{...} escapes to heap
type_byte_uint8_elided.go:12:17: [][]byte{...} escapes to heap
type_byte_uint8_elided.go:12:18: []byte{...} escapes to heap
type_byte_uint8_elided.go:13:27: map[string][]int32{...} escapes to heap
type_byte_uint8_elided.go:13:33: []int32{...} escapes to heap
type_byte_uint8_elided.go:14:24: map[byte][]rune{...} escapes to heap
type_byte_uint8_elided.go:14:28: []rune{...} escapes to heap
type_byte_uint8_elided.go:18:2: []*[2]uint8{...} escapes to heap
type_byte_uint8_elided.go:18:20: []*[2]uint8{...} escapes to heap
type_byte_uint8_elided.go:18:21: &[2]uint8{...} escapes to heap
type_byte_uint8_elided.go:19:2: [][2]rune{...} escapes to heap
type_byte_uint8_elided.go:19:18: [][2]rune{...} escapes to heap
type_byte_uint8_elided.go:20:2: []map[rune]byte{...} escapes to heap
type_byte_uint8_elided.go:20:24: []map[rune]byte{...} escapes to heap
type_byte_uint8_elided.go:20:25: map[rune]byte{...} escapes to heap
type_byte_uint8_elided.go:21:2: []map[int32]uint8{...} escapes to heap
type_byte_uint8_elided.go:21:26: []map[int32]uint8{...} escapes to heap
type_byte_uint8_elided.go:21:27: map[int32]uint8{...} escapes to heap
type_byte_uint8_elided.go:22:24: map[[2]byte]int{...} escapes to heap
type_byte_uint8_elided.go:23:25: map[[2]uint8]int{...} escapes to heap
type_byte_uint8_elided.go:27:2: []struct { b byte }{...} escapes to heap
type_byte_uint8_elided.go:27:27: []struct { b byte }{...} escapes to heap
type_byte_uint8_elided.go:28:2: []struct { u uint8 }{...} escapes to heap
type_byte_uint8_elided.go:28:28: []struct { u uint8 }{...} escapes to heap
type_byte_uint8_elided.go:29:2: [][]struct { r rune }{...} escapes to heap
type_byte_uint8_elided.go:29:29: [][]struct { r rune }{...} escapes to heap
type_byte_uint8_elided.go:29:30: []struct { r rune }{...} escapes to heap
type_byte_uint8_elided.go:30:2: []func(byte) rune{...} escapes to heap
type_byte_uint8_elided.go:30:26: []func(byte) rune{...} escapes to heap
type_byte_uint8_elided.go:31:2: []func(uint8) int32{...} escapes to heap
type_byte_uint8_elided.go:31:28: []func(uint8) int32{...} escapes to heap
type_byte_uint8_elided.go:32:2: []chan<- uint8{...} escapes to heap
type_byte_uint8_elided.go:32:23: []chan<- uint8{...} escapes to heap
type_byte_uint8_elided.go:33:2: [][]chan byte{...} escapes to heap
type_byte_uint8_elided.go:33:22: [][]chan byte{...} escapes to heap
type_byte_uint8_elided.go:33:23: []chan byte{...} escapes to heap
