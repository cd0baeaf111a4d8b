strings_funcs.go:12:12: ... argument does not escape
strings_funcs.go:12:13: t escapes to heap
strings_funcs.go:13:13: ... argument does not escape
strings_funcs.go:13:30: strings.Contains(t, "fun") escapes to heap
strings_funcs.go:13:59: strings.HasPrefix(t, "Go") escapes to heap
strings_funcs.go:13:87: strings.HasSuffix(t, "fast") escapes to heap
strings_funcs.go:14:13: ... argument does not escape
strings_funcs.go:14:27: strings.Index(t, "is") escapes to heap
strings_funcs.go:14:55: strings.LastIndex(t, "is") escapes to heap
strings_funcs.go:14:79: strings.Count(t, "Go") escapes to heap
strings_funcs.go:15:13: ... argument does not escape
strings_funcs.go:15:29: strings.Replace(t, "Go", "C", 1) escapes to heap
strings_funcs.go:15:48: "|" escapes to heap
strings_funcs.go:15:71: strings.ReplaceAll(t, "Go", "Rust") escapes to heap
strings_funcs.go:16:13: ... argument does not escape
strings_funcs.go:16:29: strings.ToUpper(t) escapes to heap
strings_funcs.go:16:49: strings.ToLower("ABC") escapes to heap
strings_funcs.go:17:12: ... argument does not escape
strings_funcs.go:17:34: strings.Split("a,b,,c", ",") escapes to heap
strings_funcs.go:18:12: ... argument does not escape
strings_funcs.go:18:35: strings.Fields(s) escapes to heap
strings_funcs.go:19:13: ... argument does not escape
strings_funcs.go:19:26: strings.Join([]string{...}, "-") escapes to heap
strings_funcs.go:19:35: []string{...} does not escape
strings_funcs.go:19:72: strings.Repeat("ab", 3) escapes to heap
strings_funcs.go:20:13: ... argument does not escape
strings_funcs.go:20:27: strings.Title("x") escapes to heap
strings_funcs.go:20:52: strings.TrimPrefix(t, "Go ") escapes to heap
strings_funcs.go:20:82: strings.TrimSuffix(t, " fast") escapes to heap
strings_funcs.go:21:13: ... argument does not escape
strings_funcs.go:21:31: strings.EqualFold("GoLang", "golang") escapes to heap
strings_funcs.go:21:65: strings.Trim("xxhixx", "x") escapes to heap
