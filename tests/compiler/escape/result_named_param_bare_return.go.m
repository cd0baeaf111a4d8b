result_named_param_bare_return.go:4:11: leaking param: a to result r level=0
result_named_param_bare_return.go:4:14: leaking param: b to result r level=0
