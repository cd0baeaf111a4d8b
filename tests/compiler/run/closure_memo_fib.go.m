closure_memo_fib.go:7:21: map[int]int{} does not escape
closure_memo_fib.go:9:8: func literal does not escape
closure_memo_fib.go:20:13: ... argument does not escape
closure_memo_fib.go:20:17: fib(50) escapes to heap
closure_memo_fib.go:20:26: fib(90) escapes to heap
closure_memo_fib.go:20:35: len(memo) escapes to heap
