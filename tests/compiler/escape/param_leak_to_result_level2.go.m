param_leak_to_result_level2.go:4:13: leaking param: ppp to result ~r0 level=2
param_leak_to_result_level2.go:10:12: leaking param: n to result ~r0 level=2
