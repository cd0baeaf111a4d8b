defer_go_multivalue_args.go:13:11: leaking param: tag to result ~r0 level=0
defer_go_multivalue_args.go:14:11: leaking param: s
defer_go_multivalue_args.go:14:50: ... argument does not escape
defer_go_multivalue_args.go:14:51: "show" escapes to heap
defer_go_multivalue_args.go:14:51: s escapes to heap
defer_go_multivalue_args.go:14:51: n escapes to heap
defer_go_multivalue_args.go:15:10: xs does not escape
defer_go_multivalue_args.go:20:13: ... argument does not escape
defer_go_multivalue_args.go:20:14: "sum" escapes to heap
defer_go_multivalue_args.go:20:14: t escapes to heap
defer_go_multivalue_args.go:27:7: leaking param content: t
defer_go_multivalue_args.go:27:17: leaking param: s
defer_go_multivalue_args.go:27:47: ... argument does not escape
defer_go_multivalue_args.go:27:49: t.name escapes to heap
defer_go_multivalue_args.go:27:49: s escapes to heap
defer_go_multivalue_args.go:27:49: n escapes to heap
defer_go_multivalue_args.go:36:15: leaking param: s
defer_go_multivalue_args.go:34:6: moved to heap: wg
defer_go_multivalue_args.go:30:7: &T{...} does not escape
defer_go_multivalue_args.go:33:11: ... argument does not escape
defer_go_multivalue_args.go:36:10: func literal escapes to heap
defer_go_multivalue_args.go:36:45: ... argument does not escape
defer_go_multivalue_args.go:36:46: "go" escapes to heap
defer_go_multivalue_args.go:36:46: s escapes to heap
defer_go_multivalue_args.go:36:46: n escapes to heap
defer_go_multivalue_args.go:40:22: ... argument does not escape
defer_go_multivalue_args.go:40:23: "loop" escapes to heap
defer_go_multivalue_args.go:40:23: i escapes to heap
defer_go_multivalue_args.go:43:13: ... argument does not escape
defer_go_multivalue_args.go:43:14: "calls so far" escapes to heap
defer_go_multivalue_args.go:43:14: calls escapes to heap
