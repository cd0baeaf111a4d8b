defer_call_args.go:3:11: p does not escape
defer_call_args.go:3:19: s does not escape
