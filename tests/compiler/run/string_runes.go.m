string_runes.go:8:13: ... argument does not escape
string_runes.go:8:17: len(s) escapes to heap
string_runes.go:8:25: len(([]rune)(s)) escapes to heap
string_runes.go:8:32: ([]rune)(s) does not escape
string_runes.go:10:13: ... argument does not escape
string_runes.go:10:14: i escapes to heap
string_runes.go:10:14: r escapes to heap
string_runes.go:10:14: r escapes to heap
string_runes.go:13:13: ... argument does not escape
string_runes.go:13:15: s[1] escapes to heap
string_runes.go:13:21: s[0:1] escapes to heap
string_runes.go:13:34: string(s[7]) escapes to heap
string_runes.go:13:34: string(s[7]) escapes to heap
string_runes.go:14:13: ([]rune)(s) does not escape
string_runes.go:16:13: ... argument does not escape
string_runes.go:16:20: string(r) escapes to heap
string_runes.go:16:20: string(r) escapes to heap
string_runes.go:16:31: string(r[8:]) escapes to heap
string_runes.go:16:31: string(r[8:]) escapes to heap
string_runes.go:17:13: ([]byte)("abc") escapes to heap
string_runes.go:19:13: ... argument does not escape
string_runes.go:19:20: string(b) escapes to heap
string_runes.go:19:20: string(b) escapes to heap
string_runes.go:19:20: b escapes to heap
