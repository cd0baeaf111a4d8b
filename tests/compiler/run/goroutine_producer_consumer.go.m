goroutine_producer_consumer.go:12:6: moved to heap: wg
goroutine_producer_consumer.go:15:6: func literal escapes to heap
goroutine_producer_consumer.go:18:14: make([]int, 100) escapes to heap
goroutine_producer_consumer.go:26:5: func literal escapes to heap
goroutine_producer_consumer.go:40:13: ... argument does not escape
goroutine_producer_consumer.go:40:13: n escapes to heap
goroutine_producer_consumer.go:40:13: sum escapes to heap
