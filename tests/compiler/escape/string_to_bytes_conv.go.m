string_to_bytes_conv.go:4:12: s does not escape
string_to_bytes_conv.go:5:15: ([]byte)(s) escapes to heap
string_to_bytes_conv.go:8:12: s does not escape
string_to_bytes_conv.go:9:13: ([]byte)(s) does not escape
