param_leak_to_result_level0.go:4:9: leaking param: p to result ~r0 level=0
param_leak_to_result_level0.go:8:14: leaking param: s to result ~r0 level=0
