closure_large_capture.go:5:6: mk capturing by ref: big (addr=false assign=false width=256)
closure_large_capture.go:7:9: func literal escapes to heap:
closure_large_capture.go:7:9:   flow: ~r0 = &{storage for func literal}:
closure_large_capture.go:7:9:     from func literal (spill) at closure_large_capture.go:7:9
closure_large_capture.go:7:9:     from return func literal (return) at closure_large_capture.go:7:2
closure_large_capture.go:5:6: big escapes to heap:
closure_large_capture.go:5:6:   flow: {storage for func literal} = &big:
closure_large_capture.go:5:6:     from big (captured by a closure) at closure_large_capture.go:8:10
closure_large_capture.go:5:6:     from big (reference) at closure_large_capture.go:8:10
closure_large_capture.go:5:6: moved to heap: big
closure_large_capture.go:7:9: func literal escapes to heap
