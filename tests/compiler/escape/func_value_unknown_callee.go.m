func_value_unknown_callee.go:4:11: f does not escape
func_value_unknown_callee.go:4:29: leaking param: x
func_value_unknown_callee.go:8:14: fs does not escape
func_value_unknown_callee.go:8:33: leaking param: b
