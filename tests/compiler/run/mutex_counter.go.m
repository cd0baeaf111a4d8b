mutex_counter.go:14:7: leaking param: c
mutex_counter.go:14:23: leaking param: k
mutex_counter.go:21:2: moved to heap: c
mutex_counter.go:22:6: moved to heap: wg
mutex_counter.go:21:32: map[string]int{} escapes to heap
mutex_counter.go:25:6: func literal escapes to heap
mutex_counter.go:37:13: ... argument does not escape
mutex_counter.go:37:17: c.m["even"] escapes to heap
mutex_counter.go:37:30: c.m["odd"] escapes to heap
