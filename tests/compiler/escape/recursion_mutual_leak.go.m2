recursion_mutual_leak.go:6:11: parameter p leaks to {heap} with derefs=0:
recursion_mutual_leak.go:6:11:   flow: {heap} = p:
recursion_mutual_leak.go:6:11:     from sink = p (assign) at recursion_mutual_leak.go:8:8
recursion_mutual_leak.go:14:11: parameter q leaks to {heap} with derefs=0:
recursion_mutual_leak.go:14:11:   flow: p = q:
recursion_mutual_leak.go:14:11:     from ping(q, n) (call parameter) at recursion_mutual_leak.go:15:6
recursion_mutual_leak.go:14:11:   flow: {heap} = p:
recursion_mutual_leak.go:14:11:     from sink = p (assign) at recursion_mutual_leak.go:8:8
recursion_mutual_leak.go:6:11: leaking param: p
recursion_mutual_leak.go:14:11: leaking param: q
