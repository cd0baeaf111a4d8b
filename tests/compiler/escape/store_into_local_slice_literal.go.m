store_into_local_slice_literal.go:6:13: []*int{...} does not escape
