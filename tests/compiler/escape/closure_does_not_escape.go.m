closure_does_not_escape.go:6:9: func literal does not escape
