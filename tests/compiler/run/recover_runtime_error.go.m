recover_runtime_error.go:6:11: f does not escape
recover_runtime_error.go:7:8: func literal does not escape
recover_runtime_error.go:9:20: ... argument does not escape
recover_runtime_error.go:9:21: "recovered: " escapes to heap
recover_runtime_error.go:19:12: []int{...} does not escape
recover_runtime_error.go:21:13: ... argument does not escape
recover_runtime_error.go:21:18: safe(func literal) escapes to heap
recover_runtime_error.go:21:19: func literal does not escape
recover_runtime_error.go:22:13: ... argument does not escape
recover_runtime_error.go:22:18: safe(func literal) escapes to heap
recover_runtime_error.go:22:19: func literal does not escape
recover_runtime_error.go:23:13: ... argument does not escape
recover_runtime_error.go:23:18: safe(func literal) escapes to heap
recover_runtime_error.go:23:19: func literal does not escape
recover_runtime_error.go:24:13: ... argument does not escape
recover_runtime_error.go:24:18: safe(func literal) escapes to heap
recover_runtime_error.go:24:19: func literal does not escape
recover_runtime_error.go:25:13: ... argument does not escape
recover_runtime_error.go:25:18: safe(func literal) escapes to heap
recover_runtime_error.go:25:19: func literal does not escape
recover_runtime_error.go:26:13: ... argument does not escape
recover_runtime_error.go:26:18: safe(func literal) escapes to heap
recover_runtime_error.go:26:19: func literal does not escape
recover_runtime_error.go:26:33: "custom" escapes to heap
recover_runtime_error.go:27:13: ... argument does not escape
recover_runtime_error.go:27:18: safe(func literal) escapes to heap
recover_runtime_error.go:27:19: func literal does not escape
recover_runtime_error.go:27:44: ... argument does not escape
recover_runtime_error.go:27:55: 42 escapes to heap
recover_runtime_error.go:28:6: "str" does not escape
recover_runtime_error.go:29:13: ... argument does not escape
recover_runtime_error.go:29:18: safe(func literal) escapes to heap
recover_runtime_error.go:29:19: func literal does not escape
