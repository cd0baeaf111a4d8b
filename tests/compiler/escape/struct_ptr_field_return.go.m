struct_ptr_field_return.go:9:9: leaking param: x to result ~r0 level=0
struct_ptr_field_return.go:14:2: moved to heap: y
