algo_bst.go:11:13: leaking param: t
algo_bst.go:13:10: &tree{...} escapes to heap
algo_bst.go:23:7: t does not escape
algo_bst.go:23:21: f does not escape
algo_bst.go:32:7: t does not escape
algo_bst.go:43:7: t does not escape
algo_bst.go:59:25: []int{...} does not escape
algo_bst.go:63:12: func literal does not escape
algo_bst.go:64:13: ... argument does not escape
algo_bst.go:64:13: keys escapes to heap
algo_bst.go:64:31: (*tree).height(root) escapes to heap
algo_bst.go:64:43: (*tree).has(root, 65) escapes to heap
algo_bst.go:64:57: (*tree).has(root, 66) escapes to heap
