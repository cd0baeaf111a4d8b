multi_result_args_call_receiver.go:9:7: t does not escape
multi_result_args_call_receiver.go:9:15: leaking param: a
multi_result_args_call_receiver.go:9:18: leaking param: b to result ~r0 level=0
multi_result_args_call_receiver.go:10:40: &T{} escapes to heap
multi_result_args_call_receiver.go:11:43: new(int) escapes to heap
multi_result_args_call_receiver.go:11:53: new(int) escapes to heap
multi_result_args_call_receiver.go:12:45: a does not escape
multi_result_args_call_receiver.go:12:48: b does not escape
multi_result_args_call_receiver.go:12:40: func literal escapes to heap
