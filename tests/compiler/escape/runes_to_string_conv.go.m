runes_to_string_conv.go:4:16: r does not escape
runes_to_string_conv.go:5:15: string(r) escapes to heap
runes_to_string_conv.go:9:15: string(r) escapes to heap
runes_to_string_conv.go:13:13: string(r) does not escape
