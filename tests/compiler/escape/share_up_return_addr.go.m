share_up_return_addr.go:5:2: moved to heap: x
