store_through_ptr_param.go:4:10: p does not escape
store_through_ptr_param.go:4:19: leaking param: x
store_through_ptr_param.go:10:15: t does not escape
store_through_ptr_param.go:10:21: leaking param: x
