share_up_slice_of_local_array.go:5:6: moved to heap: a
