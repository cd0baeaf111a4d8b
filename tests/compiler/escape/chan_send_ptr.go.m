chan_send_ptr.go:6:2: moved to heap: x
