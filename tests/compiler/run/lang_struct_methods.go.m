lang_struct_methods.go:11:7: leaking param: a
lang_struct_methods.go:11:56: ... argument does not escape
lang_struct_methods.go:11:68: a.Owner escapes to heap
lang_struct_methods.go:11:77: a.Balance escapes to heap
lang_struct_methods.go:13:7: a does not escape
lang_struct_methods.go:19:13: ... argument does not escape
lang_struct_methods.go:19:24: Account.Describe(a) escapes to heap
lang_struct_methods.go:19:28: "|" escapes to heap
lang_struct_methods.go:19:43: Account.Describe(b) escapes to heap
lang_struct_methods.go:20:10: a.Deposit does not escape
lang_struct_methods.go:23:13: ... argument does not escape
lang_struct_methods.go:23:18: desc(a) escapes to heap
lang_struct_methods.go:24:7: &Account{...} escapes to heap
lang_struct_methods.go:26:13: ... argument does not escape
lang_struct_methods.go:26:24: Account.Describe(p) escapes to heap
lang_struct_methods.go:26:47: (*Account).Describe(p) escapes to heap
lang_struct_methods.go:27:20: []Account{...} escapes to heap
lang_struct_methods.go:34:13: ... argument does not escape
lang_struct_methods.go:34:13: accts escapes to heap
