recursion_tree.go:7:10: &tree{} escapes to heap
recursion_tree.go:9:9: &tree{...} escapes to heap
recursion_tree.go:12:7: t does not escape
