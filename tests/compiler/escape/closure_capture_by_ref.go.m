closure_capture_by_ref.go:6:2: moved to heap: n
closure_capture_by_ref.go:7:9: func literal escapes to heap
