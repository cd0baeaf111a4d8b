chan_deadlock.go:8:13: ... argument does not escape
chan_deadlock.go:8:14: "waiting" escapes to heap
