closure_goroutine_capture.go:7:6: moved to heap: wg
closure_goroutine_capture.go:8:6: moved to heap: mu
closure_goroutine_capture.go:9:2: moved to heap: total
closure_goroutine_capture.go:12:6: func literal escapes to heap
