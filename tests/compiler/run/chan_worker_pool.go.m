chan_worker_pool.go:13:6: moved to heap: wg
chan_worker_pool.go:16:6: func literal escapes to heap
chan_worker_pool.go:33:12: out escapes to heap
chan_worker_pool.go:33:18: func literal does not escape
chan_worker_pool.go:35:13: ... argument does not escape
chan_worker_pool.go:35:28: r[0] escapes to heap
chan_worker_pool.go:35:34: r[1] escapes to heap
