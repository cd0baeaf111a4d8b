map_of_slices_local.go:5:20: map[int][]int{} does not escape
