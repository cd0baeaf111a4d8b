linked_list_push.go:11:7: leaking param content: l
linked_list_push.go:12:11: &node{...} escapes to heap
linked_list_push.go:15:7: l does not escape
