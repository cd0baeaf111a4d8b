range_array_by_value.go:12:13: a does not escape
