slice_elided_addr_in_literal.go:13:2: []*T{...} escapes to heap:
slice_elided_addr_in_literal.go:13:2:   flow: {heap} = &{storage for []*T{...}}:
slice_elided_addr_in_literal.go:13:2:     from []*T{...} (spill) at slice_elided_addr_in_literal.go:13:2
slice_elided_addr_in_literal.go:13:2:     from sink = []*T{...} (assign) at slice_elided_addr_in_literal.go:13:7
slice_elided_addr_in_literal.go:13:13: []*T{...} escapes to heap:
slice_elided_addr_in_literal.go:13:13:   flow: {storage for []*T{...}} = &{storage for []*T{...}}:
slice_elided_addr_in_literal.go:13:13:     from []*T{...} (spill) at slice_elided_addr_in_literal.go:13:13
slice_elided_addr_in_literal.go:13:13:     from []*T{...} (interface-converted) at slice_elided_addr_in_literal.go:13:2
slice_elided_addr_in_literal.go:13:14: &T{...} escapes to heap:
slice_elided_addr_in_literal.go:13:14:   flow: {storage for []*T{...}} = &{storage for &T{...}}:
slice_elided_addr_in_literal.go:13:14:     from &T{...} (spill) at slice_elided_addr_in_literal.go:13:14
slice_elided_addr_in_literal.go:13:14:     from []*T{...} (slice-literal-element) at slice_elided_addr_in_literal.go:13:13
slice_elided_addr_in_literal.go:16:27: map[string]*[]*int{...} escapes to heap:
slice_elided_addr_in_literal.go:16:27:   flow: {heap} = &{storage for map[string]*[]*int{...}}:
slice_elided_addr_in_literal.go:16:27:     from map[string]*[]*int{...} (spill) at slice_elided_addr_in_literal.go:16:27
slice_elided_addr_in_literal.go:16:27:     from map[string]*[]*int{...} (interface-converted) at slice_elided_addr_in_literal.go:16:2
slice_elided_addr_in_literal.go:16:27:     from sink = map[string]*[]*int{...} (assign) at slice_elided_addr_in_literal.go:16:7
slice_elided_addr_in_literal.go:16:33: &[]*int{...} escapes to heap:
slice_elided_addr_in_literal.go:16:33:   flow: {heap} = &{storage for &[]*int{...}}:
slice_elided_addr_in_literal.go:16:33:     from &[]*int{...} (spill) at slice_elided_addr_in_literal.go:16:33
slice_elided_addr_in_literal.go:16:33:     from map[string]*[]*int{...} (map literal value) at slice_elided_addr_in_literal.go:16:27
slice_elided_addr_in_literal.go:16:33: []*int{...} escapes to heap:
slice_elided_addr_in_literal.go:16:33:   flow: {storage for &[]*int{...}} = &{storage for []*int{...}}:
slice_elided_addr_in_literal.go:16:33:     from []*int{...} (spill) at slice_elided_addr_in_literal.go:16:33
slice_elided_addr_in_literal.go:17:2: [][]*map[int]*int{...} escapes to heap:
slice_elided_addr_in_literal.go:17:2:   flow: {heap} = &{storage for [][]*map[int]*int{...}}:
slice_elided_addr_in_literal.go:17:2:     from [][]*map[int]*int{...} (spill) at slice_elided_addr_in_literal.go:17:2
slice_elided_addr_in_literal.go:17:2:     from sink = [][]*map[int]*int{...} (assign) at slice_elided_addr_in_literal.go:17:7
slice_elided_addr_in_literal.go:17:26: [][]*map[int]*int{...} escapes to heap:
slice_elided_addr_in_literal.go:17:26:   flow: {storage for [][]*map[int]*int{...}} = &{storage for [][]*map[int]*int{...}}:
slice_elided_addr_in_literal.go:17:26:     from [][]*map[int]*int{...} (spill) at slice_elided_addr_in_literal.go:17:26
slice_elided_addr_in_literal.go:17:26:     from [][]*map[int]*int{...} (interface-converted) at slice_elided_addr_in_literal.go:17:2
slice_elided_addr_in_literal.go:17:27: []*map[int]*int{...} escapes to heap:
slice_elided_addr_in_literal.go:17:27:   flow: {storage for [][]*map[int]*int{...}} = &{storage for []*map[int]*int{...}}:
slice_elided_addr_in_literal.go:17:27:     from []*map[int]*int{...} (spill) at slice_elided_addr_in_literal.go:17:27
slice_elided_addr_in_literal.go:17:27:     from [][]*map[int]*int{...} (slice-literal-element) at slice_elided_addr_in_literal.go:17:26
slice_elided_addr_in_literal.go:17:28: &map[int]*int{...} escapes to heap:
slice_elided_addr_in_literal.go:17:28:   flow: {storage for []*map[int]*int{...}} = &{storage for &map[int]*int{...}}:
slice_elided_addr_in_literal.go:17:28:     from &map[int]*int{...} (spill) at slice_elided_addr_in_literal.go:17:28
slice_elided_addr_in_literal.go:17:28:     from []*map[int]*int{...} (slice-literal-element) at slice_elided_addr_in_literal.go:17:27
slice_elided_addr_in_literal.go:17:28: map[int]*int{...} escapes to heap:
slice_elided_addr_in_literal.go:17:28:   flow: {storage for &map[int]*int{...}} = &{storage for map[int]*int{...}}:
slice_elided_addr_in_literal.go:17:28:     from map[int]*int{...} (spill) at slice_elided_addr_in_literal.go:17:28
slice_elided_addr_in_literal.go:12:16: parameter y leaks to {heap} with derefs=0:
slice_elided_addr_in_literal.go:12:16:   flow: {heap} = y:
slice_elided_addr_in_literal.go:12:16:     from map[int]*int{...} (map literal value) at slice_elided_addr_in_literal.go:17:28
slice_elided_addr_in_literal.go:12:13: parameter x leaks to {storage for []*int{...}} with derefs=0:
slice_elided_addr_in_literal.go:12:13:   flow: {storage for []*int{...}} = x:
slice_elided_addr_in_literal.go:12:13:     from []*int{...} (slice-literal-element) at slice_elided_addr_in_literal.go:16:33
slice_elided_addr_in_literal.go:12:13: parameter x leaks to {storage for &T{...}} with derefs=0:
slice_elided_addr_in_literal.go:12:13:   flow: {storage for &T{...}} = x:
slice_elided_addr_in_literal.go:12:13:     from T{...} (struct literal element) at slice_elided_addr_in_literal.go:13:14
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
slice_elided_addr_in_literal.go:21:20: []int{...} escapes to heap:
slice_elided_addr_in_literal.go:21:20:   flow: {storage for &[]int{...}} = &{storage for []int{...}}:
slice_elided_addr_in_literal.go:21:20:     from []int{...} (spill) at slice_elided_addr_in_literal.go:21:20
slice_elided_addr_in_literal.go:21:20:   flow: {storage for []*[]int{...}} = &{storage for &[]int{...}}:
slice_elided_addr_in_literal.go:21:20:     from &[]int{...} (spill) at slice_elided_addr_in_literal.go:21:20
slice_elided_addr_in_literal.go:21:20:     from []*[]int{...} (slice-literal-element) at slice_elided_addr_in_literal.go:21:19
slice_elided_addr_in_literal.go:21:20:   flow: cells = &{storage for []*[]int{...}}:
slice_elided_addr_in_literal.go:21:20:     from []*[]int{...} (spill) at slice_elided_addr_in_literal.go:21:19
slice_elided_addr_in_literal.go:21:20:     from cells := []*[]int{...} (assign) at slice_elided_addr_in_literal.go:21:8
slice_elided_addr_in_literal.go:21:20:   flow: ~r0 = **cells:
slice_elided_addr_in_literal.go:21:20:     from cells[0] (dot of pointer) at slice_elided_addr_in_literal.go:22:15
slice_elided_addr_in_literal.go:21:20:     from *cells[0] (indirection) at slice_elided_addr_in_literal.go:22:9
slice_elided_addr_in_literal.go:21:20:     from return *cells[0] (return) at slice_elided_addr_in_literal.go:22:2
slice_elided_addr_in_literal.go:21:19: []*[]int{...} does not escape
slice_elided_addr_in_literal.go:21:20: &[]int{...} does not escape
slice_elided_addr_in_literal.go:21:20: []int{...} escapes to heap
