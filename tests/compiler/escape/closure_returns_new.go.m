closure_returns_new.go:5:9: func literal escapes to heap
closure_returns_new.go:6:13: new(int) escapes to heap
