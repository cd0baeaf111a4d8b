loop_depth_new_outer.go:9:11: new(node) escapes to heap
