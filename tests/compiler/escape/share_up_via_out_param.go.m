share_up_via_out_param.go:4:11: pp does not escape
share_up_via_out_param.go:5:2: moved to heap: x
