zero_values.go:21:12: ... argument does not escape
zero_values.go:21:13: s escapes to heap
zero_values.go:21:13: s escapes to heap
zero_values.go:22:13: ... argument does not escape
zero_values.go:22:18: s.P == nil escapes to heap
zero_values.go:22:30: s.L == nil escapes to heap
zero_values.go:22:42: s.M == nil escapes to heap
zero_values.go:22:54: s.C == nil escapes to heap
zero_values.go:22:66: s.E == nil escapes to heap
zero_values.go:22:77: len(s.T) escapes to heap
zero_values.go:25:13: ... argument does not escape
zero_values.go:25:16: f == nil escapes to heap
zero_values.go:25:26: i == nil escapes to heap
zero_values.go:26:12: ... argument does not escape
zero_values.go:26:31: s.T escapes to heap
zero_values.go:26:36: s.F escapes to heap
zero_values.go:26:41: s.B escapes to heap
zero_values.go:26:46: s.A escapes to heap
