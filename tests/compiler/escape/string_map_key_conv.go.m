string_map_key_conv.go:4:13: m does not escape
string_map_key_conv.go:4:31: b does not escape
string_map_key_conv.go:5:17: string(b) does not escape
string_map_key_conv.go:8:12: m does not escape
string_map_key_conv.go:8:30: b does not escape
string_map_key_conv.go:9:10: string(b) escapes to heap
