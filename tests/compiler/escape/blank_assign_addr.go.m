blank_assign_addr.go:7:12: []int{...} does not escape
