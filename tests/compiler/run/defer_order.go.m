defer_order.go:8:21: "deferred" escapes to heap
defer_order.go:8:21: i escapes to heap
defer_order.go:8:20: ... argument does not escape
defer_order.go:11:20: "x was" escapes to heap
defer_order.go:11:20: x escapes to heap
defer_order.go:11:19: ... argument does not escape
defer_order.go:13:8: func literal does not escape
defer_order.go:13:28: ... argument does not escape
defer_order.go:13:29: "x is" escapes to heap
defer_order.go:13:29: x escapes to heap
defer_order.go:14:13: ... argument does not escape
defer_order.go:14:14: "body done" escapes to heap
