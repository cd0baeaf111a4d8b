slice_range_value_ptr.go:8:19: leaking param content: items
