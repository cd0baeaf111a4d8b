panic_arg_error.go:6:11: leaking param: err
