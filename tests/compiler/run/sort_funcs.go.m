sort_funcs.go:10:13: []int{...} escapes to heap
sort_funcs.go:12:13: ... argument does not escape
sort_funcs.go:12:13: xs escapes to heap
sort_funcs.go:12:36: sort.IntsAreSorted(xs) escapes to heap
sort_funcs.go:14:13: ... argument does not escape
sort_funcs.go:14:13: i escapes to heap
sort_funcs.go:14:19: xs[i] escapes to heap
sort_funcs.go:15:16: []string{...} escapes to heap
sort_funcs.go:17:13: ... argument does not escape
sort_funcs.go:17:13: ss escapes to heap
sort_funcs.go:18:17: []float64{...} escapes to heap
sort_funcs.go:20:13: ... argument does not escape
sort_funcs.go:20:13: fs escapes to heap
sort_funcs.go:25:13: []kv{...} escapes to heap
sort_funcs.go:26:18: kvs escapes to heap
sort_funcs.go:26:24: func literal does not escape
sort_funcs.go:27:13: ... argument does not escape
sort_funcs.go:27:13: kvs escapes to heap
sort_funcs.go:28:24: func literal does not escape
sort_funcs.go:29:13: ... argument does not escape
sort_funcs.go:29:13: j escapes to heap
