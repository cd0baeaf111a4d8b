closure_capture_by_value.go:7:9: func literal escapes to heap
