array_param_by_value.go:12:11: a does not escape
