string_to_runes_conv.go:4:12: s does not escape
string_to_runes_conv.go:5:15: ([]rune)(s) escapes to heap
string_to_runes_conv.go:8:14: s does not escape
string_to_runes_conv.go:9:19: ([]rune)(s) does not escape
