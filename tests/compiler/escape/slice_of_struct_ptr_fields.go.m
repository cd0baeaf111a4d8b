slice_of_struct_ptr_fields.go:6:11: items does not escape
slice_of_struct_ptr_fields.go:6:25: leaking param: x
slice_of_struct_ptr_fields.go:13:2: moved to heap: v
slice_of_struct_ptr_fields.go:14:15: make([]item, 2) does not escape
