string_concat_compare.go:9:14: string(rune('a' + i)) escapes to heap
string_concat_compare.go:11:13: ... argument does not escape
string_concat_compare.go:11:13: s escapes to heap
string_concat_compare.go:11:20: len(s) escapes to heap
string_concat_compare.go:12:13: ... argument does not escape
string_concat_compare.go:12:20: "abc" < "abd" escapes to heap
string_concat_compare.go:12:33: "b" > "abc" escapes to heap
string_concat_compare.go:12:46: "x" == "x" escapes to heap
string_concat_compare.go:12:61: s[1:3] == "bc" escapes to heap
string_concat_compare.go:13:19: []string{...} does not escape
string_concat_compare.go:20:13: ... argument does not escape
string_concat_compare.go:20:13: min escapes to heap
