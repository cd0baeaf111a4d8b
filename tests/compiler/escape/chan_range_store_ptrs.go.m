chan_range_store_ptrs.go:6:12: c does not escape
