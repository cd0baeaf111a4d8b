slice_append_return.go:12:13: leaking param: s to result ~r0 level=0
