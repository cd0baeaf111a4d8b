closure_returned_captures_param.go:4:13: leaking param: p
closure_returned_captures_param.go:5:9: func literal escapes to heap
closure_returned_captures_param.go:10:13: leaking param: p
closure_returned_captures_param.go:11:9: func literal escapes to heap
