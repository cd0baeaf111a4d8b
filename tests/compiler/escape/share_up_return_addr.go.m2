share_up_return_addr.go:5:2: x escapes to heap:
share_up_return_addr.go:5:2:   flow: ~r0 = &x:
share_up_return_addr.go:5:2:     from &x (address-of) at share_up_return_addr.go:6:9
share_up_return_addr.go:5:2:     from return &x (return) at share_up_return_addr.go:6:2
share_up_return_addr.go:5:2: moved to heap: x
