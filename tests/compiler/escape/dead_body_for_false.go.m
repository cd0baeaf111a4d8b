dead_body_for_false.go:33:11: moved to heap: x
dead_body_for_false.go:35:9: func literal escapes to heap
