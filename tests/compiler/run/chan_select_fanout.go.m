chan_select_fanout.go:7:5: func literal escapes to heap
chan_select_fanout.go:16:12: moved to heap: a
chan_select_fanout.go:16:15: moved to heap: b
chan_select_fanout.go:18:5: func literal escapes to heap
chan_select_fanout.go:45:13: reqs does not escape
chan_select_fanout.go:45:34: quit does not escape
chan_select_fanout.go:62:13: ... argument does not escape
chan_select_fanout.go:62:13: sum escapes to heap
chan_select_fanout.go:62:13: count escapes to heap
chan_select_fanout.go:67:5: func literal escapes to heap
chan_select_fanout.go:74:12: ... argument does not escape
chan_select_fanout.go:74:13: <-r.reply escapes to heap
chan_select_fanout.go:74:24: " " escapes to heap
chan_select_fanout.go:81:28: []string{...} does not escape
chan_select_fanout.go:85:15: ... argument does not escape
chan_select_fanout.go:85:16: "full, dropped" escapes to heap
chan_select_fanout.go:85:16: s escapes to heap
chan_select_fanout.go:90:12: ... argument does not escape
chan_select_fanout.go:90:12: s escapes to heap
chan_select_fanout.go:92:13: ... argument does not escape
chan_select_fanout.go:92:17: len(buf) escapes to heap
chan_select_fanout.go:92:27: cap(buf) escapes to heap
chan_select_fanout.go:96:14: ... argument does not escape
chan_select_fanout.go:96:15: "impossible" escapes to heap
chan_select_fanout.go:96:15: v escapes to heap
chan_select_fanout.go:98:14: ... argument does not escape
chan_select_fanout.go:98:15: "nil channel never ready" escapes to heap
chan_select_fanout.go:102:6: func literal escapes to heap
chan_select_fanout.go:108:13: ... argument does not escape
chan_select_fanout.go:108:14: "total" escapes to heap
chan_select_fanout.go:108:14: total escapes to heap
