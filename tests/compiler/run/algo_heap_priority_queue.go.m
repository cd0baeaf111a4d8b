algo_heap_priority_queue.go:21:20: (*pq).push ignoring self-assignment in (*h)[p], (*h)[i] = (*h)[i], (*h)[p]
algo_heap_priority_queue.go:21:20: (*pq).push ignoring self-assignment in (*h)[p], (*h)[i] = (*h)[i], (*h)[p]
algo_heap_priority_queue.go:13:7: leaking param content: h
algo_heap_priority_queue.go:13:19: leaking param: it
algo_heap_priority_queue.go:30:9: (*pq).pop ignoring self-assignment in old[0] = old[n]
algo_heap_priority_queue.go:44:20: (*pq).pop ignoring self-assignment in (*h)[m], (*h)[i] = (*h)[i], (*h)[m]
algo_heap_priority_queue.go:44:20: (*pq).pop ignoring self-assignment in (*h)[m], (*h)[i] = (*h)[i], (*h)[m]
algo_heap_priority_queue.go:26:7: leaking param content: h
algo_heap_priority_queue.go:51:28: []string{...} does not escape
algo_heap_priority_queue.go:56:12: ... argument does not escape
algo_heap_priority_queue.go:56:15: it.prio escapes to heap
algo_heap_priority_queue.go:56:24: it.name escapes to heap
algo_heap_priority_queue.go:56:31: " " escapes to heap
