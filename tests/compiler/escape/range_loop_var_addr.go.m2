range_loop_var_addr.go:8:9: v escapes to heap:
range_loop_var_addr.go:8:9:   flow: {heap} = &v:
range_loop_var_addr.go:8:9:     from &v (address-of) at range_loop_var_addr.go:9:19
range_loop_var_addr.go:8:9:     from append(ps, &v) (call parameter) at range_loop_var_addr.go:9:14
range_loop_var_addr.go:8:9: moved to heap: v
range_loop_var_addr.go:6:12: []int{...} does not escape
