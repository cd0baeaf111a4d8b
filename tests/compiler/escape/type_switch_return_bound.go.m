type_switch_return_bound.go:6:10: leaking param: i to result ~r0 level=0
