params_many_outcomes.go:6:10: parameter a leaks to {heap} with derefs=0:
params_many_outcomes.go:6:10:   flow: {heap} = a:
params_many_outcomes.go:6:10:     from sink = a (assign) at params_many_outcomes.go:7:7
params_many_outcomes.go:6:26: parameter c leaks to ~r0 with derefs=0:
params_many_outcomes.go:6:26:   flow: ~r0 = c:
params_many_outcomes.go:6:26:     from return c, len(e) + *b (return) at params_many_outcomes.go:10:2
params_many_outcomes.go:6:10: leaking param: a
params_many_outcomes.go:6:18: b does not escape
params_many_outcomes.go:6:26: leaking param: c to result ~r0 level=0
params_many_outcomes.go:6:34: d does not escape
params_many_outcomes.go:6:43: e does not escape
