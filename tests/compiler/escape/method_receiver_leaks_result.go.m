method_receiver_leaks_result.go:10:7: leaking param: l to result ~r0 level=1
method_receiver_leaks_result.go:14:7: leaking param: l to result ~r0 level=0
