recursion_build_list.go:13:9: &node{...} escapes to heap
recursion_build_list.go:16:13: l does not escape
