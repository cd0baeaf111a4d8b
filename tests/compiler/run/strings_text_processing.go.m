strings_text_processing.go:13:15: leaking param: s
strings_text_processing.go:14:21: map[string]int{} escapes to heap
strings_text_processing.go:15:23: func literal does not escape
strings_text_processing.go:30:14: reverseRunes ignoring self-assignment in r[i], r[j] = r[j], r[i]
strings_text_processing.go:30:14: reverseRunes ignoring self-assignment in r[i], r[j] = r[j], r[i]
strings_text_processing.go:27:19: s does not escape
strings_text_processing.go:28:13: ([]rune)(s) does not escape
strings_text_processing.go:32:15: string(r) escapes to heap
strings_text_processing.go:35:11: leaking param: s
strings_text_processing.go:64:12: list escapes to heap
strings_text_processing.go:64:19: func literal does not escape
strings_text_processing.go:71:13: ... argument does not escape
strings_text_processing.go:71:29: e.w escapes to heap
strings_text_processing.go:71:34: e.c escapes to heap
strings_text_processing.go:73:13: ... argument does not escape
strings_text_processing.go:73:17: len(text) escapes to heap
strings_text_processing.go:73:28: len([]rune{...}) escapes to heap
strings_text_processing.go:73:35: []rune{...} does not escape
strings_text_processing.go:73:57: strings.Count(text, "Go") escapes to heap
strings_text_processing.go:73:84: strings.Index(text, "Google") escapes to heap
strings_text_processing.go:75:13: ... argument does not escape
strings_text_processing.go:75:14: i escapes to heap
strings_text_processing.go:75:14: l escapes to heap
strings_text_processing.go:77:13: ... argument does not escape
strings_text_processing.go:77:26: reverseRunes("héllo, wörld") escapes to heap
strings_text_processing.go:77:59: strings.Title("hello gopher") escapes to heap
strings_text_processing.go:78:13: ... argument does not escape
strings_text_processing.go:78:25: strings.Map(func literal, "banana bread") escapes to heap
strings_text_processing.go:78:26: func literal does not escape
strings_text_processing.go:84:13: ... argument does not escape
strings_text_processing.go:84:32: strings.ReplaceAll(strings.ReplaceAll("<b>bold</b>", "<", "&lt;"), ">", "&gt;") escapes to heap
strings_text_processing.go:85:13: ... argument does not escape
strings_text_processing.go:85:31: strings.EqualFold("GoLang", "golang") escapes to heap
strings_text_processing.go:85:65: strings.Trim("xxhixx", "x") escapes to heap
strings_text_processing.go:87:12: ... argument does not escape
strings_text_processing.go:87:12: i escapes to heap
strings_text_processing.go:87:16: ":" escapes to heap
strings_text_processing.go:87:27: string(r) escapes to heap
strings_text_processing.go:87:27: string(r) escapes to heap
strings_text_processing.go:87:32: ":" escapes to heap
strings_text_processing.go:87:40: len(string(r)) escapes to heap
strings_text_processing.go:87:47: string(r) does not escape
strings_text_processing.go:87:53: " " escapes to heap
