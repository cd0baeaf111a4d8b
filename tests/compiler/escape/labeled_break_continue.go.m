labeled_break_continue.go:12:4: moved to heap: v
