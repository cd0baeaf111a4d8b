share_up_store_global.go:7:2: moved to heap: x
