store_into_slice_param.go:4:10: s does not escape
store_into_slice_param.go:4:20: leaking param: x
store_into_slice_param.go:8:13: s does not escape
store_into_slice_param.go:8:26: leaking param: x
