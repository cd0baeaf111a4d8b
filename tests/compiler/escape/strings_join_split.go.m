strings_join_split.go:10:19: []string{...} does not escape
strings_join_split.go:13:13: ... argument does not escape
strings_join_split.go:13:17: len(back) escapes to heap
strings_join_split.go:13:40: strings.ToUpper(s) escapes to heap
