multi_result_args_call_receiver.go:9:15: parameter a leaks to {heap} with derefs=0:
multi_result_args_call_receiver.go:9:15:   flow: {heap} = a:
multi_result_args_call_receiver.go:9:15:     from t.p = a (assign) at multi_result_args_call_receiver.go:9:37
multi_result_args_call_receiver.go:9:18: parameter b leaks to ~r0 with derefs=0:
multi_result_args_call_receiver.go:9:18:   flow: ~r0 = b:
multi_result_args_call_receiver.go:9:18:     from return b (return) at multi_result_args_call_receiver.go:9:42
multi_result_args_call_receiver.go:9:7: t does not escape
multi_result_args_call_receiver.go:9:15: leaking param: a
multi_result_args_call_receiver.go:9:18: leaking param: b to result ~r0 level=0
multi_result_args_call_receiver.go:10:40: &T{} escapes to heap:
multi_result_args_call_receiver.go:10:40:   flow: ~r0 = &{storage for &T{}}:
multi_result_args_call_receiver.go:10:40:     from &T{} (spill) at multi_result_args_call_receiver.go:10:40
multi_result_args_call_receiver.go:10:40:     from return &T{} (return) at multi_result_args_call_receiver.go:10:33
multi_result_args_call_receiver.go:10:40: &T{} escapes to heap
multi_result_args_call_receiver.go:11:53: new(int) escapes to heap:
multi_result_args_call_receiver.go:11:53:   flow: ~r1 = &{storage for new(int)}:
multi_result_args_call_receiver.go:11:53:     from new(int) (spill) at multi_result_args_call_receiver.go:11:53
multi_result_args_call_receiver.go:11:53:     from return new(int), new(int) (return) at multi_result_args_call_receiver.go:11:33
multi_result_args_call_receiver.go:11:43: new(int) escapes to heap:
multi_result_args_call_receiver.go:11:43:   flow: ~r0 = &{storage for new(int)}:
multi_result_args_call_receiver.go:11:43:     from new(int) (spill) at multi_result_args_call_receiver.go:11:43
multi_result_args_call_receiver.go:11:43:     from return new(int), new(int) (return) at multi_result_args_call_receiver.go:11:33
multi_result_args_call_receiver.go:11:43: new(int) escapes to heap
multi_result_args_call_receiver.go:11:53: new(int) escapes to heap
multi_result_args_call_receiver.go:12:40: func literal escapes to heap:
multi_result_args_call_receiver.go:12:40:   flow: ~r0 = &{storage for func literal}:
multi_result_args_call_receiver.go:12:40:     from func literal (spill) at multi_result_args_call_receiver.go:12:40
multi_result_args_call_receiver.go:12:40:     from return func literal (return) at multi_result_args_call_receiver.go:12:33
multi_result_args_call_receiver.go:12:45: a does not escape
multi_result_args_call_receiver.go:12:48: b does not escape
multi_result_args_call_receiver.go:12:40: func literal escapes to heap
multi_result_args_call_receiver.go:20:2: func literal escapes to heap:
multi_result_args_call_receiver.go:20:2:   flow: {heap} = &{storage for func literal}:
multi_result_args_call_receiver.go:20:2:     from func literal (spill) at multi_result_args_call_receiver.go:20:2
multi_result_args_call_receiver.go:22:3: func literal escapes to heap:
multi_result_args_call_receiver.go:22:3:   flow: {heap} = &{storage for func literal}:
multi_result_args_call_receiver.go:22:3:     from func literal (spill) at multi_result_args_call_receiver.go:22:3
multi_result_args_call_receiver.go:19:14: main capturing by value: .autotmp_16 (addr=false assign=false width=8)
multi_result_args_call_receiver.go:19:14: main capturing by value: .autotmp_17 (addr=false assign=false width=8)
multi_result_args_call_receiver.go:19:14: main capturing by value: .autotmp_18 (addr=false assign=false width=8)
multi_result_args_call_receiver.go:20:9: main capturing by value: .autotmp_19 (addr=false assign=false width=8)
multi_result_args_call_receiver.go:20:9: main capturing by value: .autotmp_20 (addr=false assign=false width=8)
multi_result_args_call_receiver.go:20:9: main capturing by value: .autotmp_21 (addr=false assign=false width=8)
multi_result_args_call_receiver.go:22:13: main capturing by value: .autotmp_22 (addr=false assign=false width=8)
multi_result_args_call_receiver.go:22:13: main capturing by value: .autotmp_23 (addr=false assign=false width=8)
multi_result_args_call_receiver.go:22:13: main capturing by value: .autotmp_24 (addr=false assign=false width=8)
