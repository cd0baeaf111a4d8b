chan_buffered.go:10:13: ... argument does not escape
chan_buffered.go:10:17: len(c) escapes to heap
chan_buffered.go:10:25: cap(c) escapes to heap
chan_buffered.go:12:13: ... argument does not escape
chan_buffered.go:12:14: <-c escapes to heap
chan_buffered.go:12:19: <-c escapes to heap
chan_buffered.go:12:27: len(c) escapes to heap
chan_buffered.go:15:13: ... argument does not escape
chan_buffered.go:15:13: v escapes to heap
chan_buffered.go:15:13: ok escapes to heap
chan_buffered.go:17:12: ... argument does not escape
chan_buffered.go:17:13: v escapes to heap
chan_buffered.go:17:13: ok escapes to heap
