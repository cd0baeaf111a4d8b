closure_called_via_var_in_loop.go:6:10: func literal does not escape
