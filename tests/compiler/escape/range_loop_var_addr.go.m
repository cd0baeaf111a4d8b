range_loop_var_addr.go:8:9: moved to heap: v
range_loop_var_addr.go:6:12: []int{...} does not escape
