string_range_bytes_conv.go:4:10: s does not escape
string_range_bytes_conv.go:6:26: ([]byte)(s) does not escape
