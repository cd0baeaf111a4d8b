slice_reverse_rotate.go:8:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
slice_reverse_rotate.go:8:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
slice_reverse_rotate.go:6:14: s does not escape
slice_reverse_rotate.go:12:13: s does not escape
slice_reverse_rotate.go:20:12: []int{...} escapes to heap
slice_reverse_rotate.go:22:13: ... argument does not escape
slice_reverse_rotate.go:22:13: s escapes to heap
slice_reverse_rotate.go:24:13: ... argument does not escape
slice_reverse_rotate.go:24:13: s escapes to heap
