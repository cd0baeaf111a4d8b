embed_ptr_method_leak.go:5:7: leaking param: b to result ~r0 level=1
embed_ptr_method_leak.go:14:11: leaking param content: w
