string_builder_big.go:22:13: ... argument does not escape
string_builder_big.go:22:17: len(s) escapes to heap
string_builder_big.go:22:35: strings.Count(s, "\n") escapes to heap
string_builder_big.go:22:35: h escapes to heap
