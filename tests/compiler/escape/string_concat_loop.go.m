string_concat_loop.go:4:13: leaking param: s to result ~r0 level=0
