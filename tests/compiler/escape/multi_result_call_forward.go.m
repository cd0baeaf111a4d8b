multi_result_call_forward.go:3:11: leaking param: p to result ~r0 level=0
multi_result_call_forward.go:8:10: leaking param: p to result ~r0 level=0
