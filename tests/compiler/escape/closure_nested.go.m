closure_nested.go:5:2: moved to heap: n
closure_nested.go:6:9: func literal escapes to heap
closure_nested.go:7:10: func literal escapes to heap
