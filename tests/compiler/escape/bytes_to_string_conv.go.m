bytes_to_string_conv.go:4:10: b does not escape
bytes_to_string_conv.go:5:15: string(b) escapes to heap
bytes_to_string_conv.go:8:10: b does not escape
bytes_to_string_conv.go:9:15: string(b) does not escape
