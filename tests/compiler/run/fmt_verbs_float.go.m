fmt_verbs_float.go:8:12: ... argument does not escape
fmt_verbs_float.go:8:13: x escapes to heap
fmt_verbs_float.go:8:13: x escapes to heap
fmt_verbs_float.go:8:13: x escapes to heap
fmt_verbs_float.go:8:13: x escapes to heap
fmt_verbs_float.go:9:12: ... argument does not escape
fmt_verbs_float.go:9:13: x escapes to heap
fmt_verbs_float.go:9:13: x escapes to heap
fmt_verbs_float.go:9:13: x escapes to heap
fmt_verbs_float.go:9:39: 1e21 escapes to heap
fmt_verbs_float.go:10:12: ... argument does not escape
fmt_verbs_float.go:10:33: 0.1 + 0.2 escapes to heap
fmt_verbs_float.go:10:39: 1e6 escapes to heap
fmt_verbs_float.go:10:44: 1e21 escapes to heap
fmt_verbs_float.go:10:50: 100.0 escapes to heap
fmt_verbs_float.go:11:12: ... argument does not escape
fmt_verbs_float.go:11:27: 0.000001 escapes to heap
fmt_verbs_float.go:11:37: 1e-7 escapes to heap
fmt_verbs_float.go:11:43: 123456789.0 escapes to heap
fmt_verbs_float.go:12:13: ... argument does not escape
fmt_verbs_float.go:12:14: 2.5 escapes to heap
fmt_verbs_float.go:12:26: float32(0.1) escapes to heap
fmt_verbs_float.go:12:36: 1.0 / 3.0 escapes to heap
fmt_verbs_float.go:15:13: ... argument does not escape
fmt_verbs_float.go:15:14: -z escapes to heap
fmt_verbs_float.go:15:21: big * 10 escapes to heap
fmt_verbs_float.go:15:30: -big * 10 escapes to heap
fmt_verbs_float.go:15:30: z escapes to heap
