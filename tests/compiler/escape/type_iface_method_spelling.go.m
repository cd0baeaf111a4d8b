type_iface_method_spelling.go:15:12: a does not escape
type_iface_method_spelling.go:15:19: e does not escape
type_iface_method_spelling.go:15:33: f does not escape
type_iface_method_spelling.go:16:35: i does not escape
type_iface_method_spelling.go:17:12: m does not escape
type_iface_method_spelling.go:17:26: c does not escape
type_iface_method_spelling.go:17:41: g does not escape
type_iface_method_spelling.go:26:3: (interface { A(byte) rune; p.b(uint8) int32 })(s) escapes to heap
type_iface_method_spelling.go:27:47: (interface { p.c(interface {}, error, p.T, ...uint8) })(s) escapes to heap
type_iface_method_spelling.go:30:3: (interface { p.d(struct { p.x uint8; Y uint8 }, interface { M(uint8); p.m() }) })(s) escapes to heap
type_iface_method_spelling.go:31:65: (interface { p.e(map[int32]p.T, chan<- uint8, func(uint8) int32) })(s) escapes to heap
type_iface_method_spelling.go:32:2: []interface { p.l(p.L·1) }{} escapes to heap
type_iface_method_spelling.go:32:28: []interface { p.l(p.L·1) }{} escapes to heap
type_iface_method_spelling.go:33:2: []interface { Z(byte) rune }{} escapes to heap
type_iface_method_spelling.go:33:36: []interface { Z(byte) rune }{} escapes to heap
