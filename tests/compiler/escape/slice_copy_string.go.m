slice_copy_string.go:4:12: buf does not escape
slice_copy_string.go:4:24: s does not escape
