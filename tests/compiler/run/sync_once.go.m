sync_once.go:13:13: ... argument does not escape
sync_once.go:13:14: "loading" escapes to heap
sync_once.go:14:28: map[string]string{...} escapes to heap
sync_once.go:18:6: moved to heap: wg
sync_once.go:21:6: func literal escapes to heap
sync_once.go:28:13: ... argument does not escape
sync_once.go:28:20: config["mode"] escapes to heap
