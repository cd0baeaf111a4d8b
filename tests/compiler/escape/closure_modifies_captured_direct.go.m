closure_modifies_captured_direct.go:7:7: &acc{} does not escape
closure_modifies_captured_direct.go:9:3: func literal does not escape
