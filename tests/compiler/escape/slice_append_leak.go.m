slice_append_leak.go:4:10: leaking param content: s
slice_append_leak.go:4:10: leaking param: s to result ~r0 level=0
slice_append_leak.go:4:20: leaking param: p
slice_append_leak.go:10:16: leaking param: p
