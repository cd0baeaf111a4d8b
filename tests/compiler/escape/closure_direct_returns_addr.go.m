closure_direct_returns_addr.go:6:3: moved to heap: v
closure_direct_returns_addr.go:5:9: func literal does not escape
