new_vs_make.go:7:10: new(int) does not escape
new_vs_make.go:8:13: ... argument does not escape
new_vs_make.go:8:14: *p escapes to heap
new_vs_make.go:10:11: new([]int) does not escape
new_vs_make.go:11:13: ... argument does not escape
new_vs_make.go:11:18: *ps == nil escapes to heap
new_vs_make.go:11:29: len(*ps) escapes to heap
new_vs_make.go:13:11: make([]int, 3, 10) escapes to heap
new_vs_make.go:14:13: ... argument does not escape
new_vs_make.go:14:13: s escapes to heap
new_vs_make.go:14:20: len(s) escapes to heap
new_vs_make.go:14:28: cap(s) escapes to heap
new_vs_make.go:15:11: new(map[string]int) does not escape
new_vs_make.go:16:13: ... argument does not escape
new_vs_make.go:16:18: *pm == nil escapes to heap
new_vs_make.go:17:11: make(map[string]int, 10) escapes to heap
new_vs_make.go:19:13: ... argument does not escape
new_vs_make.go:19:20: len(m) escapes to heap
new_vs_make.go:22:13: ... argument does not escape
new_vs_make.go:22:17: len(c) escapes to heap
new_vs_make.go:22:25: cap(c) escapes to heap
new_vs_make.go:22:30: *ps escapes to heap
new_vs_make.go:24:10: new(pt) does not escape
new_vs_make.go:25:7: &pt{} does not escape
new_vs_make.go:26:13: ... argument does not escape
new_vs_make.go:26:17: *q == *r escapes to heap
new_vs_make.go:26:26: q != r escapes to heap
