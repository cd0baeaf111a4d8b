param_leak_heap.go:7:11: parameter p leaks to {heap} with derefs=0:
param_leak_heap.go:7:11:   flow: {heap} = p:
param_leak_heap.go:7:11:     from sink = p (assign) at param_leak_heap.go:8:7
param_leak_heap.go:7:11: leaking param: p
param_leak_heap.go:11:16: parameter s leaks to {heap} with derefs=0:
param_leak_heap.go:11:16:   flow: {heap} = s:
param_leak_heap.go:11:16:     from keep = s (assign) at param_leak_heap.go:12:7
param_leak_heap.go:11:16: leaking param: s
