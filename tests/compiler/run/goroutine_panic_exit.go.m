goroutine_panic_exit.go:8:13: ... argument does not escape
goroutine_panic_exit.go:8:14: "starting worker" escapes to heap
goroutine_panic_exit.go:9:5: func literal escapes to heap
goroutine_panic_exit.go:12:20: fmt.Sprintf("worker failed: %d", ... argument...) escapes to heap
goroutine_panic_exit.go:12:20: ... argument does not escape
goroutine_panic_exit.go:12:42: 42 escapes to heap
