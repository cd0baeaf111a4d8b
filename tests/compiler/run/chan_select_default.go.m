chan_select_default.go:10:14: ... argument does not escape
chan_select_default.go:10:15: "got" escapes to heap
chan_select_default.go:10:15: v escapes to heap
chan_select_default.go:12:14: ... argument does not escape
chan_select_default.go:12:15: "empty" escapes to heap
chan_select_default.go:17:14: ... argument does not escape
chan_select_default.go:17:15: "got" escapes to heap
chan_select_default.go:17:15: v escapes to heap
chan_select_default.go:19:14: ... argument does not escape
chan_select_default.go:19:15: "empty" escapes to heap
chan_select_default.go:23:5: func literal escapes to heap
chan_select_default.go:32:15: ... argument does not escape
chan_select_default.go:32:16: "data" escapes to heap
chan_select_default.go:32:16: v escapes to heap
chan_select_default.go:34:15: ... argument does not escape
chan_select_default.go:34:16: "quit" escapes to heap
