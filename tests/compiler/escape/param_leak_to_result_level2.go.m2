param_leak_to_result_level2.go:4:13: parameter ppp leaks to ~r0 with derefs=2:
param_leak_to_result_level2.go:4:13:   flow: ~r0 = **ppp:
param_leak_to_result_level2.go:4:13:     from *ppp (indirection) at param_leak_to_result_level2.go:5:10
param_leak_to_result_level2.go:4:13:     from *(*ppp) (indirection) at param_leak_to_result_level2.go:5:9
param_leak_to_result_level2.go:4:13:     from return *(*ppp) (return) at param_leak_to_result_level2.go:5:2
param_leak_to_result_level2.go:4:13: leaking param: ppp to result ~r0 level=2
param_leak_to_result_level2.go:10:12: parameter n leaks to ~r0 with derefs=2:
param_leak_to_result_level2.go:10:12:   flow: ~r0 = **n:
param_leak_to_result_level2.go:10:12:     from n.next (dot of pointer) at param_leak_to_result_level2.go:11:10
param_leak_to_result_level2.go:10:12:     from n.next.next (dot of pointer) at param_leak_to_result_level2.go:11:15
param_leak_to_result_level2.go:10:12:     from return n.next.next (return) at param_leak_to_result_level2.go:11:2
param_leak_to_result_level2.go:10:12: leaking param: n to result ~r0 level=2
