sync_mutex_local.go:10:7: leaking param: c
sync_mutex_local.go:18:6: moved to heap: c
