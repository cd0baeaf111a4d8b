closure_direct_returns_addr.go:6:3: v escapes to heap:
closure_direct_returns_addr.go:6:3:   flow: ~r0 = &v:
closure_direct_returns_addr.go:6:3:     from &v (address-of) at closure_direct_returns_addr.go:7:10
closure_direct_returns_addr.go:6:3:     from return &v (return) at closure_direct_returns_addr.go:7:3
closure_direct_returns_addr.go:6:3: moved to heap: v
closure_direct_returns_addr.go:5:9: func literal does not escape
