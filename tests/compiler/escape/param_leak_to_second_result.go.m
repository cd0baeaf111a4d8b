param_leak_to_second_result.go:4:12: leaking param: p to result ~r1 level=0
param_leak_to_second_result.go:8:12: leaking param: a to result z level=0
param_leak_to_second_result.go:8:15: leaking param: b to result y level=0
param_leak_to_second_result.go:8:18: leaking param: c to result x level=0
