param_leak_to_result_level1.go:4:12: leaking param: pp to result ~r0 level=1
param_leak_to_result_level1.go:10:12: leaking param: b to result ~r0 level=1
