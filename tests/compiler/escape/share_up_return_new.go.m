share_up_return_new.go:5:10: new(int) escapes to heap
