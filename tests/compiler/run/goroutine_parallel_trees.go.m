goroutine_parallel_trees.go:10:10: &node{} escapes to heap
goroutine_parallel_trees.go:12:9: &node{...} escapes to heap
goroutine_parallel_trees.go:15:7: n does not escape
goroutine_parallel_trees.go:28:18: c does not escape
goroutine_parallel_trees.go:24:13: make([]chan string, 0) does not escape
goroutine_parallel_trees.go:28:6: func literal escapes to heap
goroutine_parallel_trees.go:34:20: ... argument does not escape
goroutine_parallel_trees.go:34:21: iters escapes to heap
goroutine_parallel_trees.go:34:21: d escapes to heap
goroutine_parallel_trees.go:34:21: chk escapes to heap
goroutine_parallel_trees.go:38:14: ... argument does not escape
goroutine_parallel_trees.go:38:15: <-c escapes to heap
