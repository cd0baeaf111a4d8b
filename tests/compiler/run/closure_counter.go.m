closure_counter.go:7:2: moved to heap: n
closure_counter.go:8:9: func literal escapes to heap
closure_counter.go:8:39: func literal escapes to heap
closure_counter.go:12:2: moved to heap: a
closure_counter.go:12:5: moved to heap: b
closure_counter.go:13:9: func literal escapes to heap
closure_counter.go:22:13: ... argument does not escape
closure_counter.go:22:18: next() escapes to heap
closure_counter.go:22:26: next() escapes to heap
closure_counter.go:22:34: next() escapes to heap
closure_counter.go:24:13: ... argument does not escape
closure_counter.go:24:18: next() escapes to heap
closure_counter.go:27:12: ... argument does not escape
closure_counter.go:27:14: f() escapes to heap
closure_counter.go:27:18: " " escapes to heap
