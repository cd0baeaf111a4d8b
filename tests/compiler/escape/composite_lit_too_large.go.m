composite_lit_too_large.go:10:7: &big{...} escapes to heap
