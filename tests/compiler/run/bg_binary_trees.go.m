bg_binary_trees.go:16:10: &Node{} escapes to heap
bg_binary_trees.go:18:9: &Node{...} escapes to heap
bg_binary_trees.go:21:7: n does not escape
bg_binary_trees.go:41:12: ... argument does not escape
bg_binary_trees.go:41:13: stretch escapes to heap
bg_binary_trees.go:41:87: (*Node).check(.autotmp_6) escapes to heap
bg_binary_trees.go:49:13: ... argument does not escape
bg_binary_trees.go:49:14: iters escapes to heap
bg_binary_trees.go:49:14: d escapes to heap
bg_binary_trees.go:49:14: check escapes to heap
bg_binary_trees.go:51:12: ... argument does not escape
bg_binary_trees.go:51:13: maxDepth escapes to heap
bg_binary_trees.go:51:83: (*Node).check(longLived) escapes to heap
