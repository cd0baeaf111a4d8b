defer_in_loop.go:5:2: moved to heap: n
defer_in_loop.go:7:9: func literal escapes to heap
