goroutine_mutex_results.go:16:7: leaking param: s
goroutine_mutex_results.go:16:24: leaking param: kind
goroutine_mutex_results.go:16:37: leaking param: err
goroutine_mutex_results.go:30:7: leaking param content: e
goroutine_mutex_results.go:30:56: ... argument does not escape
goroutine_mutex_results.go:30:73: e.id escapes to heap
goroutine_mutex_results.go:30:79: e.msg escapes to heap
goroutine_mutex_results.go:33:8: func literal does not escape
goroutine_mutex_results.go:35:10: &taskError{...} escapes to heap
goroutine_mutex_results.go:35:35: ... argument does not escape
goroutine_mutex_results.go:35:36: "recovered: " escapes to heap
goroutine_mutex_results.go:43:10: &taskError{...} escapes to heap
goroutine_mutex_results.go:45:13: []int{...} does not escape
goroutine_mutex_results.go:53:6: moved to heap: wg
goroutine_mutex_results.go:87:6: moved to heap: once
goroutine_mutex_results.go:59:8: moved to heap: te
goroutine_mutex_results.go:52:7: &stats{...} escapes to heap
goroutine_mutex_results.go:52:36: map[string]int{} escapes to heap
goroutine_mutex_results.go:56:6: func literal escapes to heap
goroutine_mutex_results.go:64:25: ... argument does not escape
goroutine_mutex_results.go:64:40: te.id % 4 escapes to heap
goroutine_mutex_results.go:71:14: make([]string, 0, len(s.counts)) escapes to heap
goroutine_mutex_results.go:77:14: ... argument does not escape
goroutine_mutex_results.go:77:14: k escapes to heap
goroutine_mutex_results.go:77:26: s.counts[k] escapes to heap
goroutine_mutex_results.go:79:14: make([]string, len(s.errs)) escapes to heap
goroutine_mutex_results.go:85:14: ... argument does not escape
goroutine_mutex_results.go:85:14: m escapes to heap
goroutine_mutex_results.go:89:11: func literal does not escape
goroutine_mutex_results.go:89:31: ... argument does not escape
goroutine_mutex_results.go:89:32: "once" escapes to heap
goroutine_mutex_results.go:89:32: i escapes to heap
