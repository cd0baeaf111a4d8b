strings_builder_returned_ptr.go:7:6: moved to heap: b
