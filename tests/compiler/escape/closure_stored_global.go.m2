closure_stored_global.go:8:9: func literal escapes to heap:
closure_stored_global.go:8:9:   flow: {heap} = &{storage for func literal}:
closure_stored_global.go:8:9:     from func literal (spill) at closure_stored_global.go:8:9
closure_stored_global.go:8:9:     from hook = func literal (assign) at closure_stored_global.go:8:7
closure_stored_global.go:7:2: install capturing by ref: calls (addr=false assign=true width=8)
closure_stored_global.go:7:2: calls escapes to heap:
closure_stored_global.go:7:2:   flow: {storage for func literal} = &calls:
closure_stored_global.go:7:2:     from calls (captured by a closure) at closure_stored_global.go:9:3
closure_stored_global.go:7:2:     from calls (reference) at closure_stored_global.go:9:3
closure_stored_global.go:7:2: moved to heap: calls
closure_stored_global.go:8:9: func literal escapes to heap
