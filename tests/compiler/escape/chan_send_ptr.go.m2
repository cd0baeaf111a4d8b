chan_send_ptr.go:6:2: x escapes to heap:
chan_send_ptr.go:6:2:   flow: {heap} = &x:
chan_send_ptr.go:6:2:     from &x (address-of) at chan_send_ptr.go:7:7
chan_send_ptr.go:6:2:     from c <- &x (send) at chan_send_ptr.go:7:4
chan_send_ptr.go:6:2: moved to heap: x
