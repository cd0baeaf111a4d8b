method_value_escapes.go:5:7: a does not escape
method_value_escapes.go:11:7: &acc{} escapes to heap
method_value_escapes.go:12:10: a.add escapes to heap
