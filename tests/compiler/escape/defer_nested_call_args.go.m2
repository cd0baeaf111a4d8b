defer_nested_call_args.go:12:11: parameter tag leaks to ~r0 with derefs=0:
defer_nested_call_args.go:12:11:   flow: ~r0 = tag:
defer_nested_call_args.go:12:11:     from return tag, calls (return) at defer_nested_call_args.go:12:48
defer_nested_call_args.go:12:11: leaking param: tag to result ~r0 level=0
defer_nested_call_args.go:13:50: n escapes to heap:
defer_nested_call_args.go:13:50:   flow: {storage for ... argument} = &{storage for n}:
defer_nested_call_args.go:13:50:     from n (spill) at defer_nested_call_args.go:13:50
defer_nested_call_args.go:13:50:     from ... argument (slice-literal-element) at defer_nested_call_args.go:13:50
defer_nested_call_args.go:13:50:   flow: {heap} = {storage for ... argument}:
defer_nested_call_args.go:13:50:     from ... argument (spill) at defer_nested_call_args.go:13:50
defer_nested_call_args.go:13:50:     from fmt.Println(... argument...) (call parameter) at defer_nested_call_args.go:13:50
defer_nested_call_args.go:13:50: s escapes to heap:
defer_nested_call_args.go:13:50:   flow: {storage for ... argument} = &{storage for s}:
defer_nested_call_args.go:13:50:     from s (spill) at defer_nested_call_args.go:13:50
defer_nested_call_args.go:13:50:     from ... argument (slice-literal-element) at defer_nested_call_args.go:13:50
defer_nested_call_args.go:13:50:   flow: {heap} = {storage for ... argument}:
defer_nested_call_args.go:13:50:     from ... argument (spill) at defer_nested_call_args.go:13:50
defer_nested_call_args.go:13:50:     from fmt.Println(... argument...) (call parameter) at defer_nested_call_args.go:13:50
defer_nested_call_args.go:13:11: parameter s leaks to {storage for s} with derefs=0:
defer_nested_call_args.go:13:11:   flow: {storage for s} = s:
defer_nested_call_args.go:13:11:     from s (interface-converted) at defer_nested_call_args.go:13:50
defer_nested_call_args.go:13:11: leaking param: s
defer_nested_call_args.go:13:50: ... argument does not escape
defer_nested_call_args.go:13:50: s escapes to heap
defer_nested_call_args.go:13:50: n escapes to heap
defer_nested_call_args.go:14:12: xs does not escape
defer_nested_call_args.go:18:3: func literal escapes to heap:
defer_nested_call_args.go:18:3:   flow: {heap} = &{storage for func literal}:
defer_nested_call_args.go:18:3:     from func literal (spill) at defer_nested_call_args.go:18:3
defer_nested_call_args.go:19:3: func literal escapes to heap:
defer_nested_call_args.go:19:3:   flow: {heap} = &{storage for func literal}:
defer_nested_call_args.go:19:3:     from func literal (spill) at defer_nested_call_args.go:19:3
defer_nested_call_args.go:20:3: func literal escapes to heap:
defer_nested_call_args.go:20:3:   flow: {heap} = &{storage for func literal}:
defer_nested_call_args.go:20:3:     from func literal (spill) at defer_nested_call_args.go:20:3
defer_nested_call_args.go:18:13: main capturing by value: .autotmp_7 (addr=false assign=false width=16)
defer_nested_call_args.go:18:13: main capturing by value: .autotmp_8 (addr=false assign=false width=8)
defer_nested_call_args.go:19:24: main capturing by value: .autotmp_9 (addr=false assign=false width=16)
defer_nested_call_args.go:20:26: main capturing by value: .autotmp_10 (addr=false assign=false width=16)
defer_nested_call_args.go:20:39: main capturing by value: .autotmp_11 (addr=false assign=false width=16)
defer_nested_call_args.go:22:12: main capturing by value: .autotmp_12 (addr=false assign=false width=16)
defer_nested_call_args.go:22:12: main capturing by value: .autotmp_13 (addr=false assign=false width=8)
defer_nested_call_args.go:22:28: .autotmp_4 escapes to heap:
defer_nested_call_args.go:22:28:   flow: {storage for ... argument} = &{storage for .autotmp_4}:
defer_nested_call_args.go:22:28:     from .autotmp_4 (spill) at defer_nested_call_args.go:22:28
defer_nested_call_args.go:22:28:     from ... argument (slice-literal-element) at defer_nested_call_args.go:22:28
defer_nested_call_args.go:22:28:   flow: {heap} = {storage for ... argument}:
defer_nested_call_args.go:22:28:     from ... argument (spill) at defer_nested_call_args.go:22:28
defer_nested_call_args.go:22:28:     from fmt.Sprint(pair("once")) (call parameter) at defer_nested_call_args.go:22:28
defer_nested_call_args.go:22:28: .autotmp_3 escapes to heap:
defer_nested_call_args.go:22:28:   flow: {storage for ... argument} = &{storage for .autotmp_3}:
defer_nested_call_args.go:22:28:     from .autotmp_3 (spill) at defer_nested_call_args.go:22:28
defer_nested_call_args.go:22:28:     from ... argument (slice-literal-element) at defer_nested_call_args.go:22:28
defer_nested_call_args.go:22:28:   flow: {heap} = {storage for ... argument}:
defer_nested_call_args.go:22:28:     from ... argument (spill) at defer_nested_call_args.go:22:28
defer_nested_call_args.go:22:28:     from fmt.Sprint(pair("once")) (call parameter) at defer_nested_call_args.go:22:28
defer_nested_call_args.go:20:39: []int{...} escapes to heap:
defer_nested_call_args.go:20:39:   flow: .autotmp_11 = &{storage for []int{...}}:
defer_nested_call_args.go:20:39:     from []int{...} (spill) at defer_nested_call_args.go:20:39
defer_nested_call_args.go:20:39:     from .autotmp_11 = []int{...} (assign) at defer_nested_call_args.go:20:39
defer_nested_call_args.go:20:39:   flow: {storage for ... argument} = .autotmp_11:
defer_nested_call_args.go:20:39:     from ... argument (slice-literal-element) at defer_nested_call_args.go:20:20
defer_nested_call_args.go:20:39:   flow: {heap} = {storage for ... argument}:
defer_nested_call_args.go:20:39:     from ... argument (spill) at defer_nested_call_args.go:20:20
defer_nested_call_args.go:20:39:     from fmt.Println(... argument...) (call parameter) at defer_nested_call_args.go:20:20
defer_nested_call_args.go:20:26: count(... argument...) escapes to heap:
defer_nested_call_args.go:20:26:   flow: .autotmp_10 = &{storage for count(... argument...)}:
defer_nested_call_args.go:20:26:     from count(... argument...) (spill) at defer_nested_call_args.go:20:26
defer_nested_call_args.go:20:26:     from .autotmp_10 = count(... argument...) (assign) at defer_nested_call_args.go:20:26
defer_nested_call_args.go:20:26:   flow: {storage for ... argument} = .autotmp_10:
defer_nested_call_args.go:20:26:     from ... argument (slice-literal-element) at defer_nested_call_args.go:20:20
defer_nested_call_args.go:20:26:   flow: {heap} = {storage for ... argument}:
defer_nested_call_args.go:20:26:     from ... argument (spill) at defer_nested_call_args.go:20:20
defer_nested_call_args.go:20:26:     from fmt.Println(... argument...) (call parameter) at defer_nested_call_args.go:20:20
defer_nested_call_args.go:19:25: i escapes to heap:
defer_nested_call_args.go:19:25:   flow: {storage for ... argument} = &{storage for i}:
defer_nested_call_args.go:19:25:     from i (spill) at defer_nested_call_args.go:19:25
defer_nested_call_args.go:19:25:     from ... argument (slice-literal-element) at defer_nested_call_args.go:19:24
defer_nested_call_args.go:19:25:   flow: {heap} = {storage for ... argument}:
defer_nested_call_args.go:19:25:     from ... argument (spill) at defer_nested_call_args.go:19:24
defer_nested_call_args.go:19:25:     from fmt.Sprint(... argument...) (call parameter) at defer_nested_call_args.go:19:24
defer_nested_call_args.go:19:25: "x" escapes to heap:
defer_nested_call_args.go:19:25:   flow: {storage for ... argument} = &{storage for "x"}:
defer_nested_call_args.go:19:25:     from "x" (spill) at defer_nested_call_args.go:19:25
defer_nested_call_args.go:19:25:     from ... argument (slice-literal-element) at defer_nested_call_args.go:19:24
defer_nested_call_args.go:19:25:   flow: {heap} = {storage for ... argument}:
defer_nested_call_args.go:19:25:     from ... argument (spill) at defer_nested_call_args.go:19:24
defer_nested_call_args.go:19:25:     from fmt.Sprint(... argument...) (call parameter) at defer_nested_call_args.go:19:24
defer_nested_call_args.go:18:30: i escapes to heap:
defer_nested_call_args.go:18:30:   flow: {storage for ... argument} = &{storage for i}:
defer_nested_call_args.go:18:30:     from i (spill) at defer_nested_call_args.go:18:30
defer_nested_call_args.go:18:30:     from ... argument (slice-literal-element) at defer_nested_call_args.go:18:29
defer_nested_call_args.go:18:30:   flow: {heap} = {storage for ... argument}:
defer_nested_call_args.go:18:30:     from ... argument (spill) at defer_nested_call_args.go:18:29
defer_nested_call_args.go:18:30:     from fmt.Sprint(... argument...) (call parameter) at defer_nested_call_args.go:18:29
defer_nested_call_args.go:18:30: "loop" escapes to heap:
defer_nested_call_args.go:18:30:   flow: {storage for ... argument} = &{storage for "loop"}:
defer_nested_call_args.go:18:30:     from "loop" (spill) at defer_nested_call_args.go:18:30
defer_nested_call_args.go:18:30:     from ... argument (slice-literal-element) at defer_nested_call_args.go:18:29
defer_nested_call_args.go:18:30:   flow: {heap} = {storage for ... argument}:
defer_nested_call_args.go:18:30:     from ... argument (spill) at defer_nested_call_args.go:18:29
defer_nested_call_args.go:18:30:     from fmt.Sprint(... argument...) (call parameter) at defer_nested_call_args.go:18:29
defer_nested_call_args.go:20:39: []int{...} escapes to heap:
defer_nested_call_args.go:20:39:   flow: {storage for []int{...}} = &{storage for []int{...}}:
defer_nested_call_args.go:20:39:     from []int{...} (spill) at defer_nested_call_args.go:20:39
defer_nested_call_args.go:20:39:     from []int{...} (interface-converted) at defer_nested_call_args.go:20:39
defer_nested_call_args.go:18:29: ... argument does not escape
defer_nested_call_args.go:18:30: "loop" escapes to heap
defer_nested_call_args.go:18:30: i escapes to heap
defer_nested_call_args.go:19:24: ... argument does not escape
defer_nested_call_args.go:19:25: "x" escapes to heap
defer_nested_call_args.go:19:25: i escapes to heap
defer_nested_call_args.go:20:26: count(... argument...) escapes to heap
defer_nested_call_args.go:20:26: ... argument does not escape
defer_nested_call_args.go:20:39: []int{...} escapes to heap
defer_nested_call_args.go:20:39: []int{...} escapes to heap
defer_nested_call_args.go:20:20: ... argument does not escape
defer_nested_call_args.go:22:28: ... argument does not escape
defer_nested_call_args.go:22:28: .autotmp_3 escapes to heap
defer_nested_call_args.go:22:28: .autotmp_4 escapes to heap
