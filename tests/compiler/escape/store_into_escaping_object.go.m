store_into_escaping_object.go:11:2: moved to heap: x
store_into_escaping_object.go:9:7: &T{} escapes to heap
