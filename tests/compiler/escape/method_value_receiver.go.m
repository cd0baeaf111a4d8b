method_value_receiver.go:9:2: moved to heap: r
