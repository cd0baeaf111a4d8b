var_too_large_10m.go:5:6: moved to heap: a
