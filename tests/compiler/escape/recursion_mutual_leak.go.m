recursion_mutual_leak.go:6:11: leaking param: p
recursion_mutual_leak.go:14:11: leaking param: q
