loop_depth_addr_outer.go:8:3: x escapes to heap:
loop_depth_addr_outer.go:8:3:   flow: p = &x:
loop_depth_addr_outer.go:8:3:     from &x (address-of) at loop_depth_addr_outer.go:9:7
loop_depth_addr_outer.go:8:3:     from p = &x (assign) at loop_depth_addr_outer.go:9:5
loop_depth_addr_outer.go:8:3: moved to heap: x
