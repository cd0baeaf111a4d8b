method_ptr_receiver.go:7:7: leaking param content: b
method_ptr_receiver.go:9:7: b does not escape
