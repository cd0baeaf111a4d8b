map_key_escapes.go:4:11: seen does not escape
map_key_escapes.go:4:31: leaking param: p
map_key_escapes.go:8:10: seen does not escape
map_key_escapes.go:8:30: p does not escape
