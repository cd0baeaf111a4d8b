chan_nil_select.go:6:12: a does not escape
chan_nil_select.go:6:15: b does not escape
chan_nil_select.go:27:11: vals does not escape
chan_nil_select.go:37:19: ... argument does not escape
chan_nil_select.go:37:34: ... argument does not escape
chan_nil_select.go:42:13: ... argument does not escape
chan_nil_select.go:42:17: len(out) escapes to heap
chan_nil_select.go:42:17: sum escapes to heap
