params_many_outcomes.go:6:10: leaking param: a
params_many_outcomes.go:6:18: b does not escape
params_many_outcomes.go:6:26: leaking param: c to result ~r0 level=0
params_many_outcomes.go:6:34: d does not escape
params_many_outcomes.go:6:43: e does not escape
