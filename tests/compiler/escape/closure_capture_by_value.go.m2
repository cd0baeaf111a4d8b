closure_capture_by_value.go:6:2: adder capturing by value: base (addr=false assign=false width=8)
closure_capture_by_value.go:7:9: func literal escapes to heap:
closure_capture_by_value.go:7:9:   flow: ~r0 = &{storage for func literal}:
closure_capture_by_value.go:7:9:     from func literal (spill) at closure_capture_by_value.go:7:9
closure_capture_by_value.go:7:9:     from return func literal (return) at closure_capture_by_value.go:7:2
closure_capture_by_value.go:7:9: func literal escapes to heap
