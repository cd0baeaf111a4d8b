map_lookup_no_escape.go:4:10: m does not escape
map_lookup_no_escape.go:4:28: k does not escape
map_lookup_no_escape.go:9:10: m does not escape
map_lookup_no_escape.go:9:28: k does not escape
