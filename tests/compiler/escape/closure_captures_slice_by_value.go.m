closure_captures_slice_by_value.go:4:13: leaking param: data
closure_captures_slice_by_value.go:5:9: func literal escapes to heap
