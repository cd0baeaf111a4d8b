closure_passed_to_leaking.go:6:15: leaking param: f
closure_passed_to_leaking.go:12:2: moved to heap: n
closure_passed_to_leaking.go:13:11: func literal escapes to heap
