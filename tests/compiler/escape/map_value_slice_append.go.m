map_value_slice_append.go:4:12: m does not escape
map_value_slice_append.go:4:32: leaking param: k
