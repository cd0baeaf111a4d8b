lang_switch_fallthrough.go:18:25: []int{...} does not escape
lang_switch_fallthrough.go:19:12: ... argument does not escape
lang_switch_fallthrough.go:19:18: grade(n) escapes to heap
lang_switch_fallthrough.go:19:23: " " escapes to heap
lang_switch_fallthrough.go:25:13: ... argument does not escape
lang_switch_fallthrough.go:25:14: "zero " escapes to heap
lang_switch_fallthrough.go:28:13: ... argument does not escape
lang_switch_fallthrough.go:28:14: "small " escapes to heap
lang_switch_fallthrough.go:30:13: ... argument does not escape
lang_switch_fallthrough.go:30:14: "two-or-three " escapes to heap
lang_switch_fallthrough.go:36:14: ... argument does not escape
lang_switch_fallthrough.go:36:15: "big" escapes to heap
lang_switch_fallthrough.go:36:15: x escapes to heap
