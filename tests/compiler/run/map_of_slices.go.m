map_of_slices.go:10:28: map[int][]string{} does not escape
map_of_slices.go:11:19: []string{...} does not escape
map_of_slices.go:21:14: ... argument does not escape
map_of_slices.go:21:14: l escapes to heap
map_of_slices.go:21:24: groups[l] escapes to heap
