go_waitgroup_pointer.go:5:19: leaking param: wg
go_waitgroup_pointer.go:5:39: out does not escape
go_waitgroup_pointer.go:12:6: moved to heap: wg
go_waitgroup_pointer.go:13:13: make([]int, 4) escapes to heap
