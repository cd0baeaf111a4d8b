closure_capture_addr_taken.go:7:7: func literal does not escape
