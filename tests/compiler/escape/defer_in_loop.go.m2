defer_in_loop.go:7:9: func literal escapes to heap:
defer_in_loop.go:7:9:   flow: {heap} = &{storage for func literal}:
defer_in_loop.go:7:9:     from func literal (spill) at defer_in_loop.go:7:9
defer_in_loop.go:5:2: main capturing by ref: n (addr=false assign=true width=8)
defer_in_loop.go:5:2: n escapes to heap:
defer_in_loop.go:5:2:   flow: {storage for func literal} = &n:
defer_in_loop.go:5:2:     from n (captured by a closure) at defer_in_loop.go:8:4
defer_in_loop.go:5:2:     from n (reference) at defer_in_loop.go:8:4
defer_in_loop.go:5:2: moved to heap: n
defer_in_loop.go:7:9: func literal escapes to heap
