slice_copy.go:4:10: dst does not escape
slice_copy.go:4:15: src does not escape
slice_copy.go:8:12: leaking param content: src
slice_copy.go:9:13: make([]*int, len(src)) escapes to heap
