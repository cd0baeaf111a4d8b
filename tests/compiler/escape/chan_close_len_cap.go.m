chan_close_len_cap.go:4:11: c does not escape
