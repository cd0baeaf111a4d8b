loop_depth_slice_append.go:7:3: moved to heap: v
