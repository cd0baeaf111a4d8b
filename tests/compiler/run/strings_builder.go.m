strings_builder.go:10:6: moved to heap: b
strings_builder.go:12:14: ... argument does not escape
strings_builder.go:12:19: i escapes to heap
strings_builder.go:17:13: ... argument does not escape
strings_builder.go:17:22: (*strings.Builder).String(b) escapes to heap
strings_builder.go:17:31: (*strings.Builder).Len(b) escapes to heap
strings_builder.go:22:13: ... argument does not escape
strings_builder.go:22:26: strings.Join(lines, "\n") escapes to heap
