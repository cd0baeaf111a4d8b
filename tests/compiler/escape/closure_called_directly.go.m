closure_called_directly.go:6:7: func literal does not escape
