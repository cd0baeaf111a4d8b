var_too_large_10m.go:5:6: a escapes to heap:
var_too_large_10m.go:5:6:   flow: {heap} = &a:
var_too_large_10m.go:5:6:     from a (too large for stack) at var_too_large_10m.go:5:6
var_too_large_10m.go:5:6: moved to heap: a
