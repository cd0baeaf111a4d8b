param_leak_to_result_level1.go:4:12: parameter pp leaks to ~r0 with derefs=1:
param_leak_to_result_level1.go:4:12:   flow: ~r0 = *pp:
param_leak_to_result_level1.go:4:12:     from *pp (indirection) at param_leak_to_result_level1.go:5:9
param_leak_to_result_level1.go:4:12:     from return *pp (return) at param_leak_to_result_level1.go:5:2
param_leak_to_result_level1.go:4:12: leaking param: pp to result ~r0 level=1
param_leak_to_result_level1.go:10:12: parameter b leaks to ~r0 with derefs=1:
param_leak_to_result_level1.go:10:12:   flow: ~r0 = *b:
param_leak_to_result_level1.go:10:12:     from b.v (dot of pointer) at param_leak_to_result_level1.go:11:10
param_leak_to_result_level1.go:10:12:     from return b.v (return) at param_leak_to_result_level1.go:11:2
param_leak_to_result_level1.go:10:12: leaking param: b to result ~r0 level=1
