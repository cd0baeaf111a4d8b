store_through_ptr_param.go:4:19: parameter x leaks to {heap} with derefs=0:
store_through_ptr_param.go:4:19:   flow: {heap} = x:
store_through_ptr_param.go:4:19:     from *p = x (assign) at store_through_ptr_param.go:5:5
store_through_ptr_param.go:4:10: p does not escape
store_through_ptr_param.go:4:19: leaking param: x
store_through_ptr_param.go:10:21: parameter x leaks to {heap} with derefs=0:
store_through_ptr_param.go:10:21:   flow: {heap} = x:
store_through_ptr_param.go:10:21:     from t.f = x (assign) at store_through_ptr_param.go:11:6
store_through_ptr_param.go:10:15: t does not escape
store_through_ptr_param.go:10:21: leaking param: x
