append_self_spread.go:4:13: leaking param: s to result ~r0 level=0
append_self_spread.go:8:13: leaking param: b to result ~r0 level=0
append_self_spread.go:8:23: s does not escape
