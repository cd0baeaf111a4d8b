share_down_param_ptr.go:4:11: p does not escape
