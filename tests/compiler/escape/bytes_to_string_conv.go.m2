bytes_to_string_conv.go:5:15: string(b) escapes to heap:
bytes_to_string_conv.go:5:15:   flow: ~r0 = &{storage for string(b)}:
bytes_to_string_conv.go:5:15:     from string(b) (spill) at bytes_to_string_conv.go:5:15
bytes_to_string_conv.go:5:15:     from return string(b) (return) at bytes_to_string_conv.go:5:2
bytes_to_string_conv.go:4:10: b does not escape
bytes_to_string_conv.go:5:15: string(b) escapes to heap
bytes_to_string_conv.go:8:10: b does not escape
bytes_to_string_conv.go:9:15: string(b) does not escape
