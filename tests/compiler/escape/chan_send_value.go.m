chan_send_value.go:6:11: c does not escape
chan_send_value.go:11:14: c does not escape
chan_send_value.go:11:27: leaking param: m
