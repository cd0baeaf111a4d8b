string_rune_conv_concat.go:4:19: s does not escape
string_rune_conv_concat.go:5:23: string(r) + s + string(r) escapes to heap
string_rune_conv_concat.go:5:15: string(r) does not escape
string_rune_conv_concat.go:5:31: string(r) does not escape
