defer_named_result.go:10:8: func literal does not escape
defer_named_result.go:15:8: func literal does not escape
defer_named_result.go:17:20: ... argument does not escape
defer_named_result.go:24:13: ... argument does not escape
defer_named_result.go:24:20: double(4) escapes to heap
defer_named_result.go:25:13: ... argument does not escape
