results_two_levels.go:4:11: leaking param: pp to result ~r0 level=1
results_two_levels.go:4:21: leaking param: q to result ~r1 level=0
