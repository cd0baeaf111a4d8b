share_up_return_composite.go:7:9: &point{...} escapes to heap
