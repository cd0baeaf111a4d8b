new_zero_size.go:9:10: new(empty) does not escape
new_zero_size.go:10:10: new(empty) escapes to heap
