chan_recv.go:4:14: c does not escape
chan_recv.go:12:14: c does not escape
