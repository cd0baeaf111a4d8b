type_byte_uint8_conversions.go:14:2: ([]byte)(s) escapes to heap:
type_byte_uint8_conversions.go:14:2:   flow: {heap} = &{storage for ([]byte)(s)}:
type_byte_uint8_conversions.go:14:2:     from ([]byte)(s) (spill) at type_byte_uint8_conversions.go:14:2
type_byte_uint8_conversions.go:14:2:     from sink = ([]byte)(s) (assign) at type_byte_uint8_conversions.go:14:7
type_byte_uint8_conversions.go:14:15: ([]byte)(s) escapes to heap:
type_byte_uint8_conversions.go:14:15:   flow: {storage for ([]byte)(s)} = &{storage for ([]byte)(s)}:
type_byte_uint8_conversions.go:14:15:     from ([]byte)(s) (spill) at type_byte_uint8_conversions.go:14:15
type_byte_uint8_conversions.go:14:15:     from ([]byte)(s) (interface-converted) at type_byte_uint8_conversions.go:14:2
type_byte_uint8_conversions.go:15:2: ([]uint8)(s) escapes to heap:
type_byte_uint8_conversions.go:15:2:   flow: {heap} = &{storage for ([]uint8)(s)}:
type_byte_uint8_conversions.go:15:2:     from ([]uint8)(s) (spill) at type_byte_uint8_conversions.go:15:2
type_byte_uint8_conversions.go:15:2:     from sink = ([]uint8)(s) (assign) at type_byte_uint8_conversions.go:15:7
type_byte_uint8_conversions.go:15:16: ([]uint8)(s) escapes to heap:
type_byte_uint8_conversions.go:15:16:   flow: {storage for ([]uint8)(s)} = &{storage for ([]uint8)(s)}:
type_byte_uint8_conversions.go:15:16:     from ([]uint8)(s) (spill) at type_byte_uint8_conversions.go:15:16
type_byte_uint8_conversions.go:15:16:     from ([]uint8)(s) (interface-converted) at type_byte_uint8_conversions.go:15:2
type_byte_uint8_conversions.go:16:2: ([]rune)(s) escapes to heap:
type_byte_uint8_conversions.go:16:2:   flow: {heap} = &{storage for ([]rune)(s)}:
type_byte_uint8_conversions.go:16:2:     from ([]rune)(s) (spill) at type_byte_uint8_conversions.go:16:2
type_byte_uint8_conversions.go:16:2:     from sink = ([]rune)(s) (assign) at type_byte_uint8_conversions.go:16:7
type_byte_uint8_conversions.go:16:15: ([]rune)(s) escapes to heap:
type_byte_uint8_conversions.go:16:15:   flow: {storage for ([]rune)(s)} = &{storage for ([]rune)(s)}:
type_byte_uint8_conversions.go:16:15:     from ([]rune)(s) (spill) at type_byte_uint8_conversions.go:16:15
type_byte_uint8_conversions.go:16:15:     from ([]rune)(s) (interface-converted) at type_byte_uint8_conversions.go:16:2
type_byte_uint8_conversions.go:17:2: ([]int32)(s) escapes to heap:
type_byte_uint8_conversions.go:17:2:   flow: {heap} = &{storage for ([]int32)(s)}:
type_byte_uint8_conversions.go:17:2:     from ([]int32)(s) (spill) at type_byte_uint8_conversions.go:17:2
type_byte_uint8_conversions.go:17:2:     from sink = ([]int32)(s) (assign) at type_byte_uint8_conversions.go:17:7
type_byte_uint8_conversions.go:17:16: ([]int32)(s) escapes to heap:
type_byte_uint8_conversions.go:17:16:   flow: {storage for ([]int32)(s)} = &{storage for ([]int32)(s)}:
type_byte_uint8_conversions.go:17:16:     from ([]int32)(s) (spill) at type_byte_uint8_conversions.go:17:16
type_byte_uint8_conversions.go:17:16:     from ([]int32)(s) (interface-converted) at type_byte_uint8_conversions.go:17:2
type_byte_uint8_conversions.go:18:2: ([]uint8)("abc") escapes to heap:
type_byte_uint8_conversions.go:18:2:   flow: {heap} = &{storage for ([]uint8)("abc")}:
type_byte_uint8_conversions.go:18:2:     from ([]uint8)("abc") (spill) at type_byte_uint8_conversions.go:18:2
type_byte_uint8_conversions.go:18:2:     from sink = ([]uint8)("abc") (assign) at type_byte_uint8_conversions.go:18:7
type_byte_uint8_conversions.go:18:16: ([]uint8)("abc") escapes to heap:
type_byte_uint8_conversions.go:18:16:   flow: {storage for ([]uint8)("abc")} = &{storage for ([]uint8)("abc")}:
type_byte_uint8_conversions.go:18:16:     from ([]uint8)("abc") (spill) at type_byte_uint8_conversions.go:18:16
type_byte_uint8_conversions.go:18:16:     from ([]uint8)("abc") (interface-converted) at type_byte_uint8_conversions.go:18:2
type_byte_uint8_conversions.go:19:2: []int32{...} escapes to heap:
type_byte_uint8_conversions.go:19:2:   flow: {heap} = &{storage for []int32{...}}:
type_byte_uint8_conversions.go:19:2:     from []int32{...} (spill) at type_byte_uint8_conversions.go:19:2
type_byte_uint8_conversions.go:19:2:     from sink = []int32{...} (assign) at type_byte_uint8_conversions.go:19:7
type_byte_uint8_conversions.go:19:16: []int32{...} escapes to heap:
type_byte_uint8_conversions.go:19:16:   flow: {storage for []int32{...}} = &{storage for []int32{...}}:
type_byte_uint8_conversions.go:19:16:     from []int32{...} (spill) at type_byte_uint8_conversions.go:19:16
type_byte_uint8_conversions.go:19:16:     from []int32{...} (interface-converted) at type_byte_uint8_conversions.go:19:2
type_byte_uint8_conversions.go:20:2: []rune{...} escapes to heap:
type_byte_uint8_conversions.go:20:2:   flow: {heap} = &{storage for []rune{...}}:
type_byte_uint8_conversions.go:20:2:     from []rune{...} (spill) at type_byte_uint8_conversions.go:20:2
type_byte_uint8_conversions.go:20:2:     from sink = []rune{...} (assign) at type_byte_uint8_conversions.go:20:7
type_byte_uint8_conversions.go:20:15: []rune{...} escapes to heap:
type_byte_uint8_conversions.go:20:15:   flow: {storage for []rune{...}} = &{storage for []rune{...}}:
type_byte_uint8_conversions.go:20:15:     from []rune{...} (spill) at type_byte_uint8_conversions.go:20:15
type_byte_uint8_conversions.go:20:15:     from []rune{...} (interface-converted) at type_byte_uint8_conversions.go:20:2
type_byte_uint8_conversions.go:21:2: ([]byte)(b) escapes to heap:
type_byte_uint8_conversions.go:21:2:   flow: {heap} = &{storage for ([]byte)(b)}:
type_byte_uint8_conversions.go:21:2:     from ([]byte)(b) (spill) at type_byte_uint8_conversions.go:21:2
type_byte_uint8_conversions.go:21:2:     from sink = ([]byte)(b) (assign) at type_byte_uint8_conversions.go:21:7
type_byte_uint8_conversions.go:22:2: ([]uint8)(o) escapes to heap:
type_byte_uint8_conversions.go:22:2:   flow: {heap} = &{storage for ([]uint8)(o)}:
type_byte_uint8_conversions.go:22:2:     from ([]uint8)(o) (spill) at type_byte_uint8_conversions.go:22:2
type_byte_uint8_conversions.go:22:2:     from sink = ([]uint8)(o) (assign) at type_byte_uint8_conversions.go:22:7
type_byte_uint8_conversions.go:23:2: Bytes(s) escapes to heap:
type_byte_uint8_conversions.go:23:2:   flow: {heap} = &{storage for Bytes(s)}:
type_byte_uint8_conversions.go:23:2:     from Bytes(s) (spill) at type_byte_uint8_conversions.go:23:2
type_byte_uint8_conversions.go:23:2:     from sink = Bytes(s) (assign) at type_byte_uint8_conversions.go:23:7
type_byte_uint8_conversions.go:23:14: Bytes(s) escapes to heap:
type_byte_uint8_conversions.go:23:14:   flow: {storage for Bytes(s)} = &{storage for Bytes(s)}:
type_byte_uint8_conversions.go:23:14:     from Bytes(s) (spill) at type_byte_uint8_conversions.go:23:14
type_byte_uint8_conversions.go:23:14:     from Bytes(s) (interface-converted) at type_byte_uint8_conversions.go:23:2
type_byte_uint8_conversions.go:24:2: Octets(s) escapes to heap:
type_byte_uint8_conversions.go:24:2:   flow: {heap} = &{storage for Octets(s)}:
type_byte_uint8_conversions.go:24:2:     from Octets(s) (spill) at type_byte_uint8_conversions.go:24:2
type_byte_uint8_conversions.go:24:2:     from sink = Octets(s) (assign) at type_byte_uint8_conversions.go:24:7
type_byte_uint8_conversions.go:24:15: Octets(s) escapes to heap:
type_byte_uint8_conversions.go:24:15:   flow: {storage for Octets(s)} = &{storage for Octets(s)}:
type_byte_uint8_conversions.go:24:15:     from Octets(s) (spill) at type_byte_uint8_conversions.go:24:15
type_byte_uint8_conversions.go:24:15:     from Octets(s) (interface-converted) at type_byte_uint8_conversions.go:24:2
type_byte_uint8_conversions.go:25:2: string(b) + string(o) escapes to heap:
type_byte_uint8_conversions.go:25:2:   flow: {heap} = &{storage for string(b) + string(o)}:
type_byte_uint8_conversions.go:25:2:     from string(b) + string(o) (spill) at type_byte_uint8_conversions.go:25:2
type_byte_uint8_conversions.go:25:2:     from sink = string(b) + string(o) (assign) at type_byte_uint8_conversions.go:25:7
type_byte_uint8_conversions.go:25:19: string(b) + string(o) escapes to heap:
type_byte_uint8_conversions.go:25:19:   flow: {storage for string(b) + string(o)} = &{storage for string(b) + string(o)}:
type_byte_uint8_conversions.go:25:19:     from string(b) + string(o) (spill) at type_byte_uint8_conversions.go:25:19
type_byte_uint8_conversions.go:25:19:     from string(b) + string(o) (interface-converted) at type_byte_uint8_conversions.go:25:2
type_byte_uint8_conversions.go:13:33: parameter o leaks to {storage for ([]uint8)(o)} with derefs=0:
type_byte_uint8_conversions.go:13:33:   flow: {storage for ([]uint8)(o)} = o:
type_byte_uint8_conversions.go:13:33:     from ([]uint8)(o) (interface-converted) at type_byte_uint8_conversions.go:22:2
type_byte_uint8_conversions.go:13:24: parameter b leaks to {storage for ([]byte)(b)} with derefs=0:
type_byte_uint8_conversions.go:13:24:   flow: {storage for ([]byte)(b)} = b:
type_byte_uint8_conversions.go:13:24:     from ([]byte)(b) (interface-converted) at type_byte_uint8_conversions.go:21:2
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
type_byte_uint8_conversions.go:29:2: make([]byte, n) escapes to heap:
type_byte_uint8_conversions.go:29:2:   flow: {heap} = &{storage for make([]byte, n)}:
type_byte_uint8_conversions.go:29:2:     from make([]byte, n) (spill) at type_byte_uint8_conversions.go:29:2
type_byte_uint8_conversions.go:29:2:     from sink = make([]byte, n) (assign) at type_byte_uint8_conversions.go:29:7
type_byte_uint8_conversions.go:29:13: make([]byte, n) escapes to heap:
type_byte_uint8_conversions.go:29:13:   flow: {storage for make([]byte, n)} = &{storage for make([]byte, n)}:
type_byte_uint8_conversions.go:29:13:     from make([]byte, n) (spill) at type_byte_uint8_conversions.go:29:13
type_byte_uint8_conversions.go:29:13:     from make([]byte, n) (interface-converted) at type_byte_uint8_conversions.go:29:2
type_byte_uint8_conversions.go:30:2: make([]uint8, n) escapes to heap:
type_byte_uint8_conversions.go:30:2:   flow: {heap} = &{storage for make([]uint8, n)}:
type_byte_uint8_conversions.go:30:2:     from make([]uint8, n) (spill) at type_byte_uint8_conversions.go:30:2
type_byte_uint8_conversions.go:30:2:     from sink = make([]uint8, n) (assign) at type_byte_uint8_conversions.go:30:7
type_byte_uint8_conversions.go:30:13: make([]uint8, n) escapes to heap:
type_byte_uint8_conversions.go:30:13:   flow: {storage for make([]uint8, n)} = &{storage for make([]uint8, n)}:
type_byte_uint8_conversions.go:30:13:     from make([]uint8, n) (spill) at type_byte_uint8_conversions.go:30:13
type_byte_uint8_conversions.go:30:13:     from make([]uint8, n) (interface-converted) at type_byte_uint8_conversions.go:30:2
type_byte_uint8_conversions.go:31:12: new(byte) escapes to heap:
type_byte_uint8_conversions.go:31:12:   flow: {heap} = &{storage for new(byte)}:
type_byte_uint8_conversions.go:31:12:     from new(byte) (spill) at type_byte_uint8_conversions.go:31:12
type_byte_uint8_conversions.go:31:12:     from new(byte) (interface-converted) at type_byte_uint8_conversions.go:31:2
type_byte_uint8_conversions.go:31:12:     from sink = new(byte) (assign) at type_byte_uint8_conversions.go:31:7
type_byte_uint8_conversions.go:32:12: new(uint8) escapes to heap:
type_byte_uint8_conversions.go:32:12:   flow: {heap} = &{storage for new(uint8)}:
type_byte_uint8_conversions.go:32:12:     from new(uint8) (spill) at type_byte_uint8_conversions.go:32:12
type_byte_uint8_conversions.go:32:12:     from new(uint8) (interface-converted) at type_byte_uint8_conversions.go:32:2
type_byte_uint8_conversions.go:32:12:     from sink = new(uint8) (assign) at type_byte_uint8_conversions.go:32:7
type_byte_uint8_conversions.go:33:12: new(rune) escapes to heap:
type_byte_uint8_conversions.go:33:12:   flow: {heap} = &{storage for new(rune)}:
type_byte_uint8_conversions.go:33:12:     from new(rune) (spill) at type_byte_uint8_conversions.go:33:12
type_byte_uint8_conversions.go:33:12:     from new(rune) (interface-converted) at type_byte_uint8_conversions.go:33:2
type_byte_uint8_conversions.go:33:12:     from sink = new(rune) (assign) at type_byte_uint8_conversions.go:33:7
type_byte_uint8_conversions.go:34:12: new(int32) escapes to heap:
type_byte_uint8_conversions.go:34:12:   flow: {heap} = &{storage for new(int32)}:
type_byte_uint8_conversions.go:34:12:     from new(int32) (spill) at type_byte_uint8_conversions.go:34:12
type_byte_uint8_conversions.go:34:12:     from new(int32) (interface-converted) at type_byte_uint8_conversions.go:34:2
type_byte_uint8_conversions.go:34:12:     from sink = new(int32) (assign) at type_byte_uint8_conversions.go:34:7
type_byte_uint8_conversions.go:35:9: &[]uint8{...} escapes to heap:
type_byte_uint8_conversions.go:35:9:   flow: {heap} = &{storage for &[]uint8{...}}:
type_byte_uint8_conversions.go:35:9:     from &[]uint8{...} (spill) at type_byte_uint8_conversions.go:35:9
type_byte_uint8_conversions.go:35:9:     from &[]uint8{...} (interface-converted) at type_byte_uint8_conversions.go:35:2
type_byte_uint8_conversions.go:35:9:     from sink = &[]uint8{...} (assign) at type_byte_uint8_conversions.go:35:7
type_byte_uint8_conversions.go:35:17: []uint8{...} escapes to heap:
type_byte_uint8_conversions.go:35:17:   flow: {storage for &[]uint8{...}} = &{storage for []uint8{...}}:
type_byte_uint8_conversions.go:35:17:     from []uint8{...} (spill) at type_byte_uint8_conversions.go:35:17
type_byte_uint8_conversions.go:36:9: &[]rune{...} escapes to heap:
type_byte_uint8_conversions.go:36:9:   flow: {heap} = &{storage for &[]rune{...}}:
type_byte_uint8_conversions.go:36:9:     from &[]rune{...} (spill) at type_byte_uint8_conversions.go:36:9
type_byte_uint8_conversions.go:36:9:     from &[]rune{...} (interface-converted) at type_byte_uint8_conversions.go:36:2
type_byte_uint8_conversions.go:36:9:     from sink = &[]rune{...} (assign) at type_byte_uint8_conversions.go:36:7
type_byte_uint8_conversions.go:36:16: []rune{...} escapes to heap:
type_byte_uint8_conversions.go:36:16:   flow: {storage for &[]rune{...}} = &{storage for []rune{...}}:
type_byte_uint8_conversions.go:36:16:     from []rune{...} (spill) at type_byte_uint8_conversions.go:36:16
type_byte_uint8_conversions.go:29:13: make([]byte, n) escapes to heap:
type_byte_uint8_conversions.go:29:13:   flow: {heap} = &{storage for make([]byte, n)}:
type_byte_uint8_conversions.go:29:13:     from make([]byte, n) (non-constant size) at type_byte_uint8_conversions.go:29:13
type_byte_uint8_conversions.go:30:13: make([]uint8, n) escapes to heap:
type_byte_uint8_conversions.go:30:13:   flow: {heap} = &{storage for make([]uint8, n)}:
type_byte_uint8_conversions.go:30:13:     from make([]uint8, n) (non-constant size) at type_byte_uint8_conversions.go:30:13
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
