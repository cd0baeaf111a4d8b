method_receiver_stored_global.go:8:7: leaking param: o
