share_up_store_global.go:7:2: x escapes to heap:
share_up_store_global.go:7:2:   flow: {heap} = &x:
share_up_store_global.go:7:2:     from &x (address-of) at share_up_store_global.go:8:11
share_up_store_global.go:7:2:     from global = &x (assign) at share_up_store_global.go:8:9
share_up_store_global.go:7:2: moved to heap: x
