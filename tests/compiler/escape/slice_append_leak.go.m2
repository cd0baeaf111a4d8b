slice_append_leak.go:4:20: parameter p leaks to {heap} with derefs=0:
slice_append_leak.go:4:20:   flow: {heap} = p:
slice_append_leak.go:4:20:     from append(s, p) (call parameter) at slice_append_leak.go:5:15
slice_append_leak.go:4:10: parameter s leaks to {heap} with derefs=1:
slice_append_leak.go:4:10:   flow: {temp} = s:
slice_append_leak.go:4:10:     from append(s, p) (call parameter) at slice_append_leak.go:5:15
slice_append_leak.go:4:10:   flow: {heap} = *{temp}:
slice_append_leak.go:4:10:     from append(s, p) (appendee slice) at slice_append_leak.go:5:15
slice_append_leak.go:4:10: parameter s leaks to ~r0 with derefs=0:
slice_append_leak.go:4:10:   flow: {temp} = s:
slice_append_leak.go:4:10:     from append(s, p) (call parameter) at slice_append_leak.go:5:15
slice_append_leak.go:4:10:   flow: ~r0 = {temp}:
slice_append_leak.go:4:10:     from return append(s, p) (return) at slice_append_leak.go:5:2
slice_append_leak.go:4:10: leaking param content: s
slice_append_leak.go:4:10: leaking param: s to result ~r0 level=0
slice_append_leak.go:4:20: leaking param: p
slice_append_leak.go:10:16: parameter p leaks to {heap} with derefs=0:
slice_append_leak.go:10:16:   flow: {heap} = p:
slice_append_leak.go:10:16:     from append(all, p) (call parameter) at slice_append_leak.go:11:14
slice_append_leak.go:10:16: leaking param: p
