param_leak_heap.go:7:11: leaking param: p
param_leak_heap.go:11:16: leaking param: s
