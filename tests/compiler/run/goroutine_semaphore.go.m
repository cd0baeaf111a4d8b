goroutine_semaphore.go:12:6: moved to heap: mu
goroutine_semaphore.go:13:6: moved to heap: wg
goroutine_semaphore.go:14:2: moved to heap: active
goroutine_semaphore.go:14:10: moved to heap: peak
goroutine_semaphore.go:14:16: moved to heap: done
goroutine_semaphore.go:17:6: func literal escapes to heap
goroutine_semaphore.go:26:15: make([]int, 1000) does not escape
goroutine_semaphore.go:36:13: ... argument does not escape
goroutine_semaphore.go:36:14: "done:" escapes to heap
goroutine_semaphore.go:36:14: done escapes to heap
goroutine_semaphore.go:36:29: "peak within limit:" escapes to heap
goroutine_semaphore.go:36:56: peak <= limit escapes to heap
