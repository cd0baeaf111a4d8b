string_concat_map_store.go:4:12: m does not escape
string_concat_map_store.go:4:33: a does not escape
string_concat_map_store.go:4:36: b does not escape
string_concat_map_store.go:5:9: a + "." + b escapes to heap
string_concat_map_store.go:5:17: b + "!" escapes to heap
