closure_capture_by_ref.go:6:2: counter capturing by ref: n (addr=false assign=true width=8)
closure_capture_by_ref.go:7:9: func literal escapes to heap:
closure_capture_by_ref.go:7:9:   flow: ~r0 = &{storage for func literal}:
closure_capture_by_ref.go:7:9:     from func literal (spill) at closure_capture_by_ref.go:7:9
closure_capture_by_ref.go:7:9:     from return func literal (return) at closure_capture_by_ref.go:7:2
closure_capture_by_ref.go:6:2: n escapes to heap:
closure_capture_by_ref.go:6:2:   flow: {storage for func literal} = &n:
closure_capture_by_ref.go:6:2:     from n (captured by a closure) at closure_capture_by_ref.go:8:3
closure_capture_by_ref.go:6:2:     from n (reference) at closure_capture_by_ref.go:8:3
closure_capture_by_ref.go:6:2: moved to heap: n
closure_capture_by_ref.go:7:9: func literal escapes to heap
