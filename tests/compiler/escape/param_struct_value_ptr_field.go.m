param_struct_value_ptr_field.go:11:16: leaking param: t
param_struct_value_ptr_field.go:15:16: t does not escape
