share_up_via_out_param.go:5:2: x escapes to heap:
share_up_via_out_param.go:5:2:   flow: {heap} = &x:
share_up_via_out_param.go:5:2:     from &x (address-of) at share_up_via_out_param.go:6:8
share_up_via_out_param.go:5:2:     from *pp = &x (assign) at share_up_via_out_param.go:6:6
share_up_via_out_param.go:4:11: pp does not escape
share_up_via_out_param.go:5:2: moved to heap: x
