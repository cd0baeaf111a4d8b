goroutine_fan_in_sum.go:10:6: func literal escapes to heap
goroutine_fan_in_sum.go:22:13: ... argument does not escape
goroutine_fan_in_sum.go:22:13: total escapes to heap
goroutine_fan_in_sum.go:22:48: workers * per * (workers * per - 1) / 2 escapes to heap
