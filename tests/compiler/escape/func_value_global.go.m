func_value_global.go:3:15: p does not escape
func_value_global.go:6:10: leaking param: x
