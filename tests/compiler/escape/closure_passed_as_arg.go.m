closure_passed_as_arg.go:4:12: f does not escape
closure_passed_as_arg.go:10:13: func literal does not escape
