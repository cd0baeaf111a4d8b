defer_simple.go:6:8: func literal does not escape
