string_runes_range_conv.go:4:12: s does not escape
string_runes_range_conv.go:6:26: ([]rune)(s) does not escape
