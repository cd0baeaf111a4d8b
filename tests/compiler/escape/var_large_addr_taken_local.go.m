var_large_addr_taken_local.go:3:11: p does not escape
