chan_close_twice.go:11:13: ... argument does not escape
chan_close_twice.go:11:13: v escapes to heap
chan_close_twice.go:11:13: ok escapes to heap
chan_close_twice.go:13:13: ... argument does not escape
chan_close_twice.go:13:13: v escapes to heap
chan_close_twice.go:13:13: ok escapes to heap
