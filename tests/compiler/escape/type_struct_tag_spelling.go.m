type_struct_tag_spelling.go:13:2: []struct { a int "json:\"a\""; byte; byte; *int; c rune "x\ty"; d rune "x\ty" }{} escapes to heap
type_struct_tag_spelling.go:19:3: []struct { a int "json:\"a\""; byte; byte; *int; c rune "x\ty"; d rune "x\ty" }{} escapes to heap
type_struct_tag_spelling.go:20:2: []struct { int }{} escapes to heap
type_struct_tag_spelling.go:20:24: []struct { int }{} escapes to heap
type_struct_tag_spelling.go:21:2: []interface { p.m(struct { B = uint8 }) }{} escapes to heap
type_struct_tag_spelling.go:21:38: []interface { p.m(struct { B = uint8 }) }{} escapes to heap
type_struct_tag_spelling.go:22:2: []interface { p.m(struct { p.byte = uint8 }) }{} escapes to heap
type_struct_tag_spelling.go:22:41: []interface { p.m(struct { p.byte = uint8 }) }{} escapes to heap
type_struct_tag_spelling.go:23:2: []interface { p.m(struct { p.x int "t" }) }{} escapes to heap
type_struct_tag_spelling.go:23:46: []interface { p.m(struct { p.x int "t" }) }{} escapes to heap
type_struct_tag_spelling.go:24:2: []interface { p.m(interface {}, ...interface {}) }{} escapes to heap
type_struct_tag_spelling.go:24:38: []interface { p.m(interface {}, ...interface {}) }{} escapes to heap
type_struct_tag_spelling.go:25:2: []chan (<-chan byte){} escapes to heap
type_struct_tag_spelling.go:25:29: []chan (<-chan byte){} escapes to heap
