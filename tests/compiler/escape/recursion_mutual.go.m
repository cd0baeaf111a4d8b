recursion_mutual.go:4:11: p does not escape
recursion_mutual.go:11:10: p does not escape
