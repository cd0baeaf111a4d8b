defer_in_loop_method.go:7:6: moved to heap: mu
