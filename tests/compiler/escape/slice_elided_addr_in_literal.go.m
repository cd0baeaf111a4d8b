slice_elided_addr_in_literal.go:12:13: leaking param: x
slice_elided_addr_in_literal.go:12:16: leaking param: y
slice_elided_addr_in_literal.go:13:2: []*T{...} escapes to heap
slice_elided_addr_in_literal.go:13:13: []*T{...} escapes to heap
slice_elided_addr_in_literal.go:13:14: &T{...} escapes to heap
slice_elided_addr_in_literal.go:14:12: []*T{...} does not escape
slice_elided_addr_in_literal.go:14:13: &T{...} does not escape
slice_elided_addr_in_literal.go:16:27: map[string]*[]*int{...} escapes to heap
slice_elided_addr_in_literal.go:16:33: &[]*int{...} escapes to heap
slice_elided_addr_in_literal.go:16:33: []*int{...} escapes to heap
slice_elided_addr_in_literal.go:17:2: [][]*map[int]*int{...} escapes to heap
slice_elided_addr_in_literal.go:17:26: [][]*map[int]*int{...} escapes to heap
slice_elided_addr_in_literal.go:17:27: []*map[int]*int{...} escapes to heap
slice_elided_addr_in_literal.go:17:28: &map[int]*int{...} escapes to heap
slice_elided_addr_in_literal.go:17:28: map[int]*int{...} escapes to heap
slice_elided_addr_in_literal.go:21:19: []*[]int{...} does not escape
slice_elided_addr_in_literal.go:21:20: &[]int{...} does not escape
slice_elided_addr_in_literal.go:21:20: []int{...} escapes to heap
