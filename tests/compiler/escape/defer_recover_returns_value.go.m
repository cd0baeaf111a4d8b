defer_recover_returns_value.go:4:12: f does not escape
defer_recover_returns_value.go:5:8: func literal does not escape
