new_struct_ptr_field_store.go:7:10: new(T) escapes to heap
new_struct_ptr_field_store.go:8:10: new(T) escapes to heap
