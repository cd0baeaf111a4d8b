slice_literal_no_escape.go:5:12: []int{...} does not escape
