slice_reslice_param.go:4:11: leaking param: s to result ~r0 level=0
slice_reslice_param.go:8:13: leaking param: s to result ~r0 level=0
