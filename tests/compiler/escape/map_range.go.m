map_range.go:6:16: m does not escape
