param_leak_to_result_and_heap.go:6:11: leaking param: p
param_leak_to_result_and_heap.go:12:12: leaking param content: pp
param_leak_to_result_and_heap.go:12:12: leaking param: pp to result ~r0 level=0
