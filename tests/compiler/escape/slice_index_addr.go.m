slice_index_addr.go:4:11: leaking param: s to result ~r0 level=0
slice_index_addr.go:8:14: leaking param: a to result ~r0 level=0
