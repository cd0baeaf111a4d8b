loop_depth_new_outer.go:9:11: new(node) escapes to heap:
loop_depth_new_outer.go:9:11:   flow: n = &{storage for new(node)}:
loop_depth_new_outer.go:9:11:     from new(node) (spill) at loop_depth_new_outer.go:9:11
loop_depth_new_outer.go:9:11:     from n := new(node) (assign) at loop_depth_new_outer.go:9:5
loop_depth_new_outer.go:9:11:   flow: head = n:
loop_depth_new_outer.go:9:11:     from head = n (assign) at loop_depth_new_outer.go:11:8
loop_depth_new_outer.go:9:11:   flow: {heap} = head:
loop_depth_new_outer.go:9:11:     from n.next = head (assign) at loop_depth_new_outer.go:10:10
loop_depth_new_outer.go:9:11: new(node) escapes to heap
