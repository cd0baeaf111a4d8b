chan_send_on_closed.go:6:14: c does not escape
chan_send_on_closed.go:7:8: func literal does not escape
chan_send_on_closed.go:9:20: ... argument does not escape
chan_send_on_closed.go:18:13: ... argument does not escape
chan_send_on_closed.go:20:13: ... argument does not escape
