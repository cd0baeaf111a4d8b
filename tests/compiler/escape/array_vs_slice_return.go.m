array_vs_slice_return.go:11:6: moved to heap: a
