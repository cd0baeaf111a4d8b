gc_map_churn.go:11:23: map[string][]int{} does not escape
gc_map_churn.go:13:12: "k" + strconv.Itoa(i % 300) escapes to heap
gc_map_churn.go:16:17: "k" + strconv.Itoa(i / 7 % 300) does not escape
gc_map_churn.go:19:14: make([]string, 0, len(m)) escapes to heap
gc_map_churn.go:28:13: ... argument does not escape
gc_map_churn.go:28:17: len(m) escapes to heap
gc_map_churn.go:28:17: total escapes to heap
gc_map_churn.go:28:33: keys[0] escapes to heap
gc_map_churn.go:28:42: keys[len(keys) - 1] escapes to heap
