loop_depth_nested.go:9:4: moved to heap: v
