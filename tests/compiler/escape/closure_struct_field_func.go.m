closure_struct_field_func.go:9:9: leaking param: prefix
closure_struct_field_func.go:10:38: s does not escape
closure_struct_field_func.go:10:9: &handler{...} escapes to heap
closure_struct_field_func.go:10:33: func literal escapes to heap
closure_struct_field_func.go:10:71: prefix + s escapes to heap
