bg_fannkuch_redux.go:27:22: fannkuch ignoring self-assignment in perm[i], perm[j] = perm[j], perm[i]
bg_fannkuch_redux.go:27:22: fannkuch ignoring self-assignment in perm[i], perm[j] = perm[j], perm[i]
bg_fannkuch_redux.go:46:14: fannkuch ignoring self-assignment in perm1[i] = perm1[i + 1]
bg_fannkuch_redux.go:11:14: make([]int, n) escapes to heap
bg_fannkuch_redux.go:12:15: make([]int, n) escapes to heap
bg_fannkuch_redux.go:13:15: make([]int, n) escapes to heap
bg_fannkuch_redux.go:67:12: ... argument does not escape
bg_fannkuch_redux.go:67:13: sum escapes to heap
bg_fannkuch_redux.go:67:13: n escapes to heap
bg_fannkuch_redux.go:67:13: flips escapes to heap
