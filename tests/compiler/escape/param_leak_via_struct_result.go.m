param_leak_via_struct_result.go:6:9: leaking param: a to result ~r0 level=0
param_leak_via_struct_result.go:6:12: leaking param: b to result ~r0 level=0
param_leak_via_struct_result.go:10:12: leaking param: a
param_leak_via_struct_result.go:11:9: &pair{...} escapes to heap
