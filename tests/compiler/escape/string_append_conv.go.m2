string_append_conv.go:5:15: string(append(b, '!')) escapes to heap:
string_append_conv.go:5:15:   flow: ~r0 = &{storage for string(append(b, '!'))}:
string_append_conv.go:5:15:     from string(append(b, '!')) (spill) at string_append_conv.go:5:15
string_append_conv.go:5:15:     from return string(append(b, '!')) (return) at string_append_conv.go:5:2
string_append_conv.go:4:13: b does not escape
string_append_conv.go:5:15: string(append(b, '!')) escapes to heap
string_append_conv.go:8:12: b does not escape
string_append_conv.go:9:13: string(append(b[:0:0], 'x')) does not escape
