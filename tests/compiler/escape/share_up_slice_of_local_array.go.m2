share_up_slice_of_local_array.go:5:6: a escapes to heap:
share_up_slice_of_local_array.go:5:6:   flow: ~r0 = &a:
share_up_slice_of_local_array.go:5:6:     from a (address-of) at share_up_slice_of_local_array.go:7:9
share_up_slice_of_local_array.go:5:6:     from a[:] (slice) at share_up_slice_of_local_array.go:7:10
share_up_slice_of_local_array.go:5:6:     from return a[:] (return) at share_up_slice_of_local_array.go:7:2
share_up_slice_of_local_array.go:5:6: moved to heap: a
