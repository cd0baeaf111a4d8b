call_multivalue_args.go:9:48: make([]int, 1, 4) escapes to heap
call_multivalue_args.go:10:49: []int{...} escapes to heap
call_multivalue_args.go:10:62: []int{...} escapes to heap
call_multivalue_args.go:11:55: map[int]int{...} escapes to heap
call_multivalue_args.go:13:37: moved to heap: x
call_multivalue_args.go:17:12: xs does not escape
call_multivalue_args.go:18:12: s does not escape
call_multivalue_args.go:18:22: xs does not escape
call_multivalue_args.go:23:13: ... argument does not escape
call_multivalue_args.go:23:20: append(pair()) escapes to heap
call_multivalue_args.go:24:13: ... argument does not escape
call_multivalue_args.go:24:18: copy(.autotmp_2, .autotmp_3) escapes to heap
call_multivalue_args.go:26:13: ... argument does not escape
call_multivalue_args.go:26:21: complex(.autotmp_6, .autotmp_7) escapes to heap
call_multivalue_args.go:28:13: ... argument does not escape
call_multivalue_args.go:28:17: add(two()) escapes to heap
call_multivalue_args.go:29:13: ... argument does not escape
call_multivalue_args.go:29:19: count(two()) escapes to heap
call_multivalue_args.go:29:19: ... argument does not escape
call_multivalue_args.go:30:13: ... argument does not escape
call_multivalue_args.go:30:19: label(named()) escapes to heap
call_multivalue_args.go:30:19: ... argument does not escape
call_multivalue_args.go:31:13: ... argument does not escape
call_multivalue_args.go:31:19: count(nil...) escapes to heap
call_multivalue_args.go:31:28: label("x", nil...) escapes to heap
