embed_struct_field.go:5:7: b does not escape
