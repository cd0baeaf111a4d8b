param_leak_to_result_level0.go:4:9: parameter p leaks to ~r0 with derefs=0:
param_leak_to_result_level0.go:4:9:   flow: ~r0 = p:
param_leak_to_result_level0.go:4:9:     from return p (return) at param_leak_to_result_level0.go:5:2
param_leak_to_result_level0.go:4:9: leaking param: p to result ~r0 level=0
param_leak_to_result_level0.go:8:14: parameter s leaks to ~r0 with derefs=0:
param_leak_to_result_level0.go:8:14:   flow: ~r0 = s:
param_leak_to_result_level0.go:8:14:     from return s (return) at param_leak_to_result_level0.go:9:2
param_leak_to_result_level0.go:8:14: leaking param: s to result ~r0 level=0
