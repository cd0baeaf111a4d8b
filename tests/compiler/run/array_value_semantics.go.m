array_value_semantics.go:8:14: a does not escape
array_value_semantics.go:15:13: ... argument does not escape
array_value_semantics.go:15:13: a escapes to heap
array_value_semantics.go:15:13: b escapes to heap
array_value_semantics.go:17:13: ... argument does not escape
array_value_semantics.go:17:13: a escapes to heap
array_value_semantics.go:17:19: a == [3]int{...} escapes to heap
array_value_semantics.go:21:13: ... argument does not escape
array_value_semantics.go:21:13: grid escapes to heap
array_value_semantics.go:21:13: g2 escapes to heap
array_value_semantics.go:21:27: len(grid) escapes to heap
