closure_generators.go:6:2: moved to heap: n
closure_generators.go:7:9: func literal escapes to heap
closure_generators.go:12:10: func literal escapes to heap
closure_generators.go:16:14: leaking param: fs
closure_generators.go:17:9: func literal escapes to heap
closure_generators.go:25:11: leaking param: f
closure_generators.go:26:22: map[int]int{} escapes to heap
closure_generators.go:27:9: func literal escapes to heap
closure_generators.go:42:7: leaking param: a
closure_generators.go:42:29: leaking param: label
closure_generators.go:43:9: func literal escapes to heap
closure_generators.go:45:36: ... argument does not escape
closure_generators.go:45:37: label escapes to heap
closure_generators.go:45:37: v escapes to heap
closure_generators.go:61:2: moved to heap: calls
closure_generators.go:62:6: moved to heap: slowFib
closure_generators.go:51:13: ... argument does not escape
closure_generators.go:51:18: next() escapes to heap
closure_generators.go:51:26: next() escapes to heap
closure_generators.go:51:34: next() escapes to heap
closure_generators.go:53:13: ... argument does not escape
closure_generators.go:53:18: next() escapes to heap
closure_generators.go:55:9: func literal escapes to heap
closure_generators.go:56:9: func literal escapes to heap
closure_generators.go:57:8: func literal escapes to heap
closure_generators.go:58:14: ... argument escapes to heap
closure_generators.go:59:13: ... argument does not escape
closure_generators.go:59:15: f(3) escapes to heap
closure_generators.go:59:29: .autotmp_6(7) escapes to heap
closure_generators.go:59:49: .autotmp_7(2) escapes to heap
closure_generators.go:59:41: ... argument escapes to heap
closure_generators.go:63:17: func literal escapes to heap
closure_generators.go:70:13: ... argument does not escape
closure_generators.go:70:21: slowFib(50) escapes to heap
closure_generators.go:70:21: calls escapes to heap
closure_generators.go:72:9: &accumulator{} escapes to heap
closure_generators.go:78:13: ... argument does not escape
closure_generators.go:78:17: acc.total escapes to heap
closure_generators.go:78:28: acc.log escapes to heap
closure_generators.go:81:28: []string{...} does not escape
closure_generators.go:83:25: func literal escapes to heap
closure_generators.go:83:50: s + s escapes to heap
closure_generators.go:86:12: ... argument does not escape
closure_generators.go:86:15: fn() escapes to heap
closure_generators.go:86:19: " " escapes to heap
