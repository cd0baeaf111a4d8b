share_up_return_new.go:5:10: new(int) escapes to heap:
share_up_return_new.go:5:10:   flow: p = &{storage for new(int)}:
share_up_return_new.go:5:10:     from new(int) (spill) at share_up_return_new.go:5:10
share_up_return_new.go:5:10:     from p := new(int) (assign) at share_up_return_new.go:5:4
share_up_return_new.go:5:10:   flow: ~r0 = p:
share_up_return_new.go:5:10:     from return p (return) at share_up_return_new.go:7:2
share_up_return_new.go:5:10: new(int) escapes to heap
