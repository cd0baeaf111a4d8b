type_byte_uint8_mixed.go:19:14: c escapes to heap:
type_byte_uint8_mixed.go:19:14:   flow: {storage for ... argument} = &{storage for c}:
type_byte_uint8_mixed.go:19:14:     from c (spill) at type_byte_uint8_mixed.go:19:14
type_byte_uint8_mixed.go:19:14:     from ... argument (slice-literal-element) at type_byte_uint8_mixed.go:19:14
type_byte_uint8_mixed.go:19:14:   flow: {heap} = {storage for ... argument}:
type_byte_uint8_mixed.go:19:14:     from ... argument (spill) at type_byte_uint8_mixed.go:19:14
type_byte_uint8_mixed.go:19:14:     from fmt.Println(... argument...) (call parameter) at type_byte_uint8_mixed.go:19:14
type_byte_uint8_mixed.go:16:33: []int32{...} escapes to heap:
type_byte_uint8_mixed.go:16:33:   flow: {storage for ... argument} = &{storage for []int32{...}}:
type_byte_uint8_mixed.go:16:33:     from []int32{...} (spill) at type_byte_uint8_mixed.go:16:33
type_byte_uint8_mixed.go:16:33:     from ... argument (slice-literal-element) at type_byte_uint8_mixed.go:16:14
type_byte_uint8_mixed.go:16:33:   flow: {heap} = {storage for ... argument}:
type_byte_uint8_mixed.go:16:33:     from ... argument (spill) at type_byte_uint8_mixed.go:16:14
type_byte_uint8_mixed.go:16:33:     from fmt.Println(... argument...) (call parameter) at type_byte_uint8_mixed.go:16:14
type_byte_uint8_mixed.go:16:21: string(r) escapes to heap:
type_byte_uint8_mixed.go:16:21:   flow: {storage for ... argument} = &{storage for string(r)}:
type_byte_uint8_mixed.go:16:21:     from string(r) (spill) at type_byte_uint8_mixed.go:16:21
type_byte_uint8_mixed.go:16:21:     from ... argument (slice-literal-element) at type_byte_uint8_mixed.go:16:14
type_byte_uint8_mixed.go:16:21:   flow: {heap} = {storage for ... argument}:
type_byte_uint8_mixed.go:16:21:     from ... argument (spill) at type_byte_uint8_mixed.go:16:14
type_byte_uint8_mixed.go:16:21:     from fmt.Println(... argument...) (call parameter) at type_byte_uint8_mixed.go:16:14
type_byte_uint8_mixed.go:16:33: []int32{...} escapes to heap:
type_byte_uint8_mixed.go:16:33:   flow: {storage for []int32{...}} = &{storage for []int32{...}}:
type_byte_uint8_mixed.go:16:33:     from []int32{...} (spill) at type_byte_uint8_mixed.go:16:33
type_byte_uint8_mixed.go:16:33:     from []int32{...} (interface-converted) at type_byte_uint8_mixed.go:16:33
type_byte_uint8_mixed.go:16:21: string(r) escapes to heap:
type_byte_uint8_mixed.go:16:21:   flow: {storage for string(r)} = &{storage for string(r)}:
type_byte_uint8_mixed.go:16:21:     from string(r) (spill) at type_byte_uint8_mixed.go:16:21
type_byte_uint8_mixed.go:16:21:     from string(r) (interface-converted) at type_byte_uint8_mixed.go:16:21
type_byte_uint8_mixed.go:22:14: []any{...} escapes to heap:
type_byte_uint8_mixed.go:22:14:   flow: ~r0 = &{storage for []any{...}}:
type_byte_uint8_mixed.go:22:14:     from []any{...} (spill) at type_byte_uint8_mixed.go:22:14
type_byte_uint8_mixed.go:22:14:     from return []any{...} (return) at type_byte_uint8_mixed.go:22:2
type_byte_uint8_mixed.go:22:14: []any{...} escapes to heap:
type_byte_uint8_mixed.go:22:14:   flow: {storage for []any{...}} = &{storage for []any{...}}:
type_byte_uint8_mixed.go:22:14:     from []any{...} (spill) at type_byte_uint8_mixed.go:22:14
type_byte_uint8_mixed.go:22:14:     from []any{...} (interface-converted) at type_byte_uint8_mixed.go:22:14
type_byte_uint8_mixed.go:21:2: r escapes to heap:
type_byte_uint8_mixed.go:21:2:   flow: {storage for []any{...}} = &r:
type_byte_uint8_mixed.go:21:2:     from &r (address-of) at type_byte_uint8_mixed.go:22:78
type_byte_uint8_mixed.go:21:2:     from &r (interface-converted) at type_byte_uint8_mixed.go:22:78
type_byte_uint8_mixed.go:21:2:     from []any{...} (slice-literal-element) at type_byte_uint8_mixed.go:22:14
type_byte_uint8_mixed.go:22:74: map[byte]uint8{} escapes to heap:
type_byte_uint8_mixed.go:22:74:   flow: {storage for []any{...}} = &{storage for map[byte]uint8{}}:
type_byte_uint8_mixed.go:22:74:     from map[byte]uint8{} (spill) at type_byte_uint8_mixed.go:22:74
type_byte_uint8_mixed.go:22:74:     from map[byte]uint8{} (interface-converted) at type_byte_uint8_mixed.go:22:74
type_byte_uint8_mixed.go:22:74:     from []any{...} (slice-literal-element) at type_byte_uint8_mixed.go:22:14
type_byte_uint8_mixed.go:22:56: struct { a []uint8; b []uint8 }{} escapes to heap:
type_byte_uint8_mixed.go:22:56:   flow: {storage for []any{...}} = &{storage for struct { a []uint8; b []uint8 }{}}:
type_byte_uint8_mixed.go:22:56:     from struct { a []uint8; b []uint8 }{} (spill) at type_byte_uint8_mixed.go:22:56
type_byte_uint8_mixed.go:22:56:     from []any{...} (slice-literal-element) at type_byte_uint8_mixed.go:22:14
type_byte_uint8_mixed.go:22:30: [2][]byte{} escapes to heap:
type_byte_uint8_mixed.go:22:30:   flow: {storage for []any{...}} = &{storage for [2][]byte{}}:
type_byte_uint8_mixed.go:22:30:     from [2][]byte{} (spill) at type_byte_uint8_mixed.go:22:30
type_byte_uint8_mixed.go:22:30:     from []any{...} (slice-literal-element) at type_byte_uint8_mixed.go:22:14
type_byte_uint8_mixed.go:22:18: y escapes to heap:
type_byte_uint8_mixed.go:22:18:   flow: {storage for []any{...}} = &{storage for y}:
type_byte_uint8_mixed.go:22:18:     from y (spill) at type_byte_uint8_mixed.go:22:18
type_byte_uint8_mixed.go:22:18:     from []any{...} (slice-literal-element) at type_byte_uint8_mixed.go:22:14
type_byte_uint8_mixed.go:22:15: x escapes to heap:
type_byte_uint8_mixed.go:22:15:   flow: {storage for []any{...}} = &{storage for x}:
type_byte_uint8_mixed.go:22:15:     from x (spill) at type_byte_uint8_mixed.go:22:15
type_byte_uint8_mixed.go:22:15:     from []any{...} (slice-literal-element) at type_byte_uint8_mixed.go:22:14
type_byte_uint8_mixed.go:13:15: [][]byte{...} escapes to heap:
type_byte_uint8_mixed.go:13:15:   flow: x = &{storage for [][]byte{...}}:
type_byte_uint8_mixed.go:13:15:     from [][]byte{...} (spill) at type_byte_uint8_mixed.go:13:15
type_byte_uint8_mixed.go:13:15:     from x := [][]byte{...} (assign) at type_byte_uint8_mixed.go:13:4
type_byte_uint8_mixed.go:13:15:   flow: {storage for x} = x:
type_byte_uint8_mixed.go:13:15:     from x (interface-converted) at type_byte_uint8_mixed.go:22:15
type_byte_uint8_mixed.go:13:22: []byte{...} escapes to heap:
type_byte_uint8_mixed.go:13:22:   flow: {storage for [][]byte{...}} = &{storage for []byte{...}}:
type_byte_uint8_mixed.go:13:22:     from []byte{...} (spill) at type_byte_uint8_mixed.go:13:22
type_byte_uint8_mixed.go:13:22:     from [][]byte{...} (slice-literal-element) at type_byte_uint8_mixed.go:13:15
type_byte_uint8_mixed.go:10:10: parameter b leaks to {storage for [][]byte{...}} with derefs=0:
type_byte_uint8_mixed.go:10:10:   flow: {storage for [][]byte{...}} = b:
type_byte_uint8_mixed.go:10:10:     from [][]byte{...} (slice-literal-element) at type_byte_uint8_mixed.go:13:15
type_byte_uint8_mixed.go:10:20: parameter u leaks to {storage for [][]byte{...}} with derefs=0:
type_byte_uint8_mixed.go:10:20:   flow: {storage for [][]byte{...}} = u:
type_byte_uint8_mixed.go:10:20:     from [][]byte{...} (slice-literal-element) at type_byte_uint8_mixed.go:13:15
type_byte_uint8_mixed.go:14:16: [][]uint8{...} escapes to heap:
type_byte_uint8_mixed.go:14:16:   flow: y = &{storage for [][]uint8{...}}:
type_byte_uint8_mixed.go:14:16:     from [][]uint8{...} (spill) at type_byte_uint8_mixed.go:14:16
type_byte_uint8_mixed.go:14:16:     from y := [][]uint8{...} (assign) at type_byte_uint8_mixed.go:14:4
type_byte_uint8_mixed.go:14:16:   flow: {storage for y} = y:
type_byte_uint8_mixed.go:14:16:     from y (interface-converted) at type_byte_uint8_mixed.go:22:18
type_byte_uint8_mixed.go:14:23: []uint8{...} escapes to heap:
type_byte_uint8_mixed.go:14:23:   flow: {storage for [][]uint8{...}} = &{storage for []uint8{...}}:
type_byte_uint8_mixed.go:14:23:     from []uint8{...} (spill) at type_byte_uint8_mixed.go:14:23
type_byte_uint8_mixed.go:14:23:     from [][]uint8{...} (slice-literal-element) at type_byte_uint8_mixed.go:14:16
type_byte_uint8_mixed.go:10:10: parameter b leaks to {storage for [][]uint8{...}} with derefs=0:
type_byte_uint8_mixed.go:10:10:   flow: {storage for [][]uint8{...}} = b:
type_byte_uint8_mixed.go:10:10:     from [][]uint8{...} (slice-literal-element) at type_byte_uint8_mixed.go:14:16
type_byte_uint8_mixed.go:10:20: parameter u leaks to {storage for [][]uint8{...}} with derefs=0:
type_byte_uint8_mixed.go:10:20:   flow: {storage for [][]uint8{...}} = u:
type_byte_uint8_mixed.go:10:20:     from [][]uint8{...} (slice-literal-element) at type_byte_uint8_mixed.go:14:16
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
type_byte_uint8_mixed.go:27:24: ([]uint8)("cd") escapes to heap:
type_byte_uint8_mixed.go:27:24:   flow: q = &{storage for ([]uint8)("cd")}:
type_byte_uint8_mixed.go:27:24:     from ([]uint8)("cd") (spill) at type_byte_uint8_mixed.go:27:24
type_byte_uint8_mixed.go:27:24:     from q = ([]uint8)("cd") (assign) at type_byte_uint8_mixed.go:27:6
type_byte_uint8_mixed.go:27:24:   flow: {heap} = q:
type_byte_uint8_mixed.go:27:24:     from mix(p, q, "é") (call parameter) at type_byte_uint8_mixed.go:28:17
type_byte_uint8_mixed.go:26:24: ([]byte)("ab") escapes to heap:
type_byte_uint8_mixed.go:26:24:   flow: p = &{storage for ([]byte)("ab")}:
type_byte_uint8_mixed.go:26:24:     from ([]byte)("ab") (spill) at type_byte_uint8_mixed.go:26:24
type_byte_uint8_mixed.go:26:24:     from p = ([]byte)("ab") (assign) at type_byte_uint8_mixed.go:26:6
type_byte_uint8_mixed.go:26:24:   flow: {heap} = p:
type_byte_uint8_mixed.go:26:24:     from mix(p, q, "é") (call parameter) at type_byte_uint8_mixed.go:28:17
type_byte_uint8_mixed.go:26:24: ([]byte)("ab") escapes to heap
type_byte_uint8_mixed.go:27:24: ([]uint8)("cd") escapes to heap
type_byte_uint8_mixed.go:28:13: ... argument does not escape
