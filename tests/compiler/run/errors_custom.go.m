errors_custom.go:16:7: leaking param content: e
errors_custom.go:16:57: ... argument does not escape
errors_custom.go:16:74: e.Line escapes to heap
errors_custom.go:16:82: e.Msg escapes to heap
errors_custom.go:18:13: leaking param: k
errors_custom.go:20:20: ... argument does not escape
errors_custom.go:20:21: k escapes to heap
errors_custom.go:23:20: ... argument does not escape
errors_custom.go:23:36: &ParseError{...} escapes to heap
errors_custom.go:33:7: moved to heap: pe
errors_custom.go:29:28: []string{...} does not escape
errors_custom.go:31:14: ... argument does not escape
errors_custom.go:32:14: ... argument does not escape
errors_custom.go:32:24: errors.Is(err, ErrNotFound) escapes to heap
errors_custom.go:35:15: ... argument does not escape
errors_custom.go:35:16: "parse error at line" escapes to heap
errors_custom.go:35:41: pe.Line escapes to heap
errors_custom.go:38:15: ... argument does not escape
errors_custom.go:38:16: "unwrapped:" escapes to heap
