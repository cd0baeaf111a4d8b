gc_linked_list_churn.go:17:10: &node{...} escapes to heap
gc_linked_list_churn.go:22:10: l does not escape
gc_linked_list_churn.go:39:13: ... argument does not escape
gc_linked_list_churn.go:39:14: "total:" escapes to heap
gc_linked_list_churn.go:39:14: total escapes to heap
gc_linked_list_churn.go:40:13: ... argument does not escape
gc_linked_list_churn.go:40:14: "kept:" escapes to heap
gc_linked_list_churn.go:40:26: sum(keep) escapes to heap
