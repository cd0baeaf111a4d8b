closure_captures_param_by_value.go:5:9: func literal escapes to heap
closure_captures_param_by_value.go:8:10: moved to heap: total
closure_captures_param_by_value.go:9:9: func literal escapes to heap
