string_append_conv.go:4:13: b does not escape
string_append_conv.go:5:15: string(append(b, '!')) escapes to heap
string_append_conv.go:8:12: b does not escape
string_append_conv.go:9:13: string(append(b[:0:0], 'x')) does not escape
