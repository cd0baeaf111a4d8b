loop_depth_addr_outer.go:8:3: moved to heap: x
