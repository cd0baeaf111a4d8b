embed_pointer.go:11:11: leaking param: in to result ~r0 level=0
embed_pointer.go:15:13: leaking param: o to result ~r0 level=0
