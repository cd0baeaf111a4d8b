range_value_note.go:9:12: leaking param content: ps
range_value_note.go:15:12: leaking param: a
range_value_note.go:21:14: leaking param: x
range_value_note.go:22:38: []struct { p *int }{...} does not escape
