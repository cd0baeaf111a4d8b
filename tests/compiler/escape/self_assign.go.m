self_assign.go:10:6: swapIn ignoring self-assignment in t.a = t.b
self_assign.go:9:13: t does not escape
self_assign.go:14:6: shrink ignoring self-assignment in t.s = t.s[1:]
self_assign.go:13:13: t does not escape
