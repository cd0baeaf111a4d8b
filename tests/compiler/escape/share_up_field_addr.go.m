share_up_field_addr.go:10:2: moved to heap: r
