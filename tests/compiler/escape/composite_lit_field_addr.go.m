composite_lit_field_addr.go:7:7: &T{...} escapes to heap
