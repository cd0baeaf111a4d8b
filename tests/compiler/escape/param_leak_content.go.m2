param_leak_content.go:6:18: parameter pp leaks to {heap} with derefs=1:
param_leak_content.go:6:18:   flow: {heap} = *pp:
param_leak_content.go:6:18:     from *pp (indirection) at param_leak_content.go:7:9
param_leak_content.go:6:18:     from sink = *pp (assign) at param_leak_content.go:7:7
param_leak_content.go:6:18: leaking param content: pp
param_leak_content.go:12:16: parameter h leaks to {heap} with derefs=1:
param_leak_content.go:12:16:   flow: {heap} = *h:
param_leak_content.go:12:16:     from h.p (dot of pointer) at param_leak_content.go:13:10
param_leak_content.go:12:16:     from sink = h.p (assign) at param_leak_content.go:13:7
param_leak_content.go:12:16: leaking param content: h
