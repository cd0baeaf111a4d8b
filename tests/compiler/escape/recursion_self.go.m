recursion_self.go:4:12: n does not escape
recursion_self.go:11:11: leaking param: p to result ~r0 level=0
