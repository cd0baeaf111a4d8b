strconv_funcs.go:10:13: ... argument does not escape
strconv_funcs.go:10:26: strconv.Itoa(-42) escapes to heap
strconv_funcs.go:10:50: strconv.FormatInt(255, 2) escapes to heap
strconv_funcs.go:10:77: strconv.FormatInt(255, 16) escapes to heap
strconv_funcs.go:12:13: ... argument does not escape
strconv_funcs.go:12:13: n escapes to heap
strconv_funcs.go:14:13: ... argument does not escape
strconv_funcs.go:16:13: ... argument does not escape
strconv_funcs.go:16:13: v escapes to heap
strconv_funcs.go:18:13: ... argument does not escape
strconv_funcs.go:18:13: f escapes to heap
strconv_funcs.go:18:36: strconv.FormatFloat(f, 'f', 3, 64) escapes to heap
strconv_funcs.go:20:13: ... argument does not escape
strconv_funcs.go:20:13: b escapes to heap
strconv_funcs.go:20:30: strconv.Quote("hi\n\"there\"") escapes to heap
strconv_funcs.go:22:13: ... argument does not escape
strconv_funcs.go:22:13: u escapes to heap
