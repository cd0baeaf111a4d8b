defer_recover.go:5:8: func literal does not escape
