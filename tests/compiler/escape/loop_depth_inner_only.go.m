loop_depth_inner_only.go:9:8: &pt{...} does not escape
loop_depth_inner_only.go:10:11: new(int) does not escape
