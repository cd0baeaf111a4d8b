goto_loop.go:8:2: moved to heap: x
