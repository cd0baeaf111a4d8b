closure_large_capture.go:5:6: moved to heap: big
closure_large_capture.go:7:9: func literal escapes to heap
