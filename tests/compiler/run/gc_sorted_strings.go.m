gc_sorted_strings.go:17:28: "w" + strconv.Itoa(int(x % 2000)) escapes to heap
gc_sorted_strings.go:26:13: ... argument does not escape
gc_sorted_strings.go:26:17: len(words) escapes to heap
gc_sorted_strings.go:26:29: len(uniq) escapes to heap
gc_sorted_strings.go:26:41: uniq[0] escapes to heap
gc_sorted_strings.go:26:50: uniq[len(uniq) - 1] escapes to heap
