slice_of_local_array_no_escape.go:4:10: s does not escape
