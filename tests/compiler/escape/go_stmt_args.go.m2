go_stmt_args.go:3:13: p does not escape
go_stmt_args.go:3:21: done does not escape
go_stmt_args.go:12:2: func literal escapes to heap:
go_stmt_args.go:12:2:   flow: {heap} = &{storage for func literal}:
go_stmt_args.go:12:2:     from func literal (spill) at go_stmt_args.go:12:2
go_stmt_args.go:12:12: main capturing by value: .autotmp_2 (addr=false assign=false width=8)
go_stmt_args.go:12:11: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
go_stmt_args.go:10:2: x escapes to heap:
go_stmt_args.go:10:2:   flow: .autotmp_2 = &x:
go_stmt_args.go:10:2:     from &x (address-of) at go_stmt_args.go:12:12
go_stmt_args.go:10:2:     from .autotmp_2 = &x (assign) at go_stmt_args.go:12:12
go_stmt_args.go:10:2:   flow: {storage for func literal} = .autotmp_2:
go_stmt_args.go:10:2:     from .autotmp_2 (captured by a closure) at go_stmt_args.go:12:11
go_stmt_args.go:10:2: moved to heap: x
