range_value_note.go:9:12: parameter ps leaks to {heap} with derefs=1:
range_value_note.go:9:12:   flow: {temp} = ps:
range_value_note.go:9:12:   flow: p = *{temp}:
range_value_note.go:9:12:     from for loop (range-deref) at range_value_note.go:10:14
range_value_note.go:9:12:   flow: {heap} = p:
range_value_note.go:9:12:     from p (interface-converted) at range_value_note.go:11:3
range_value_note.go:9:12:     from sink = p (assign) at range_value_note.go:11:8
range_value_note.go:9:12: leaking param content: ps
range_value_note.go:15:12: parameter a leaks to {heap} with derefs=0:
range_value_note.go:15:12:   flow: {temp} = a:
range_value_note.go:15:12:   flow: p = {temp}:
range_value_note.go:15:12:     from for loop (range) at range_value_note.go:16:14
range_value_note.go:15:12:   flow: {heap} = p:
range_value_note.go:15:12:     from p (interface-converted) at range_value_note.go:17:3
range_value_note.go:15:12:     from sink, _ = p, i (assign-pair) at range_value_note.go:17:11
range_value_note.go:15:12: leaking param: a
range_value_note.go:21:14: parameter x leaks to {heap} with derefs=0:
range_value_note.go:21:14:   flow: {storage for []struct { p *int }{...}} = x:
range_value_note.go:21:14:     from struct { p *int }{...} (struct literal element) at range_value_note.go:22:39
range_value_note.go:21:14:     from []struct { p *int }{...} (slice-literal-element) at range_value_note.go:22:38
range_value_note.go:21:14:   flow: {temp} = &{storage for []struct { p *int }{...}}:
range_value_note.go:21:14:     from []struct { p *int }{...} (spill) at range_value_note.go:22:38
range_value_note.go:21:14:   flow: v = *{temp}:
range_value_note.go:21:14:     from for loop (range-deref) at range_value_note.go:22:14
range_value_note.go:21:14:   flow: {heap} = v:
range_value_note.go:21:14:     from v.p (dot) at range_value_note.go:23:11
range_value_note.go:21:14:     from v.p (interface-converted) at range_value_note.go:23:3
range_value_note.go:21:14:     from sink = v.p (assign) at range_value_note.go:23:8
range_value_note.go:21:14: leaking param: x
range_value_note.go:22:38: []struct { p *int }{...} does not escape
