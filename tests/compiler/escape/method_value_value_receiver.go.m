method_value_value_receiver.go:12:8: t.sum does not escape
method_value_value_receiver.go:14:10: t.sum escapes to heap
