recursion_closure.go:6:9: func literal does not escape
