method_value_escapes.go:5:7: a does not escape
method_value_escapes.go:12:10: a.add escapes to heap:
method_value_escapes.go:12:10:   flow: {heap} = &{storage for a.add}:
method_value_escapes.go:12:10:     from a.add (spill) at method_value_escapes.go:12:10
method_value_escapes.go:12:10:     from hook = a.add (assign) at method_value_escapes.go:12:7
method_value_escapes.go:11:7: &acc{} escapes to heap:
method_value_escapes.go:11:7:   flow: a = &{storage for &acc{}}:
method_value_escapes.go:11:7:     from &acc{} (spill) at method_value_escapes.go:11:7
method_value_escapes.go:11:7:     from a := &acc{} (assign) at method_value_escapes.go:11:4
method_value_escapes.go:11:7:   flow: {temp} = a:
method_value_escapes.go:11:7:   flow: {storage for a.add} = {temp}:
method_value_escapes.go:11:7: &acc{} escapes to heap
method_value_escapes.go:12:10: a.add escapes to heap
