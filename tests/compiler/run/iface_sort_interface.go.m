iface_sort_interface.go:16:7: a does not escape
iface_sort_interface.go:17:49: byAge.Swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
iface_sort_interface.go:17:49: byAge.Swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
iface_sort_interface.go:17:7: a does not escape
iface_sort_interface.go:18:7: a does not escape
iface_sort_interface.go:21:20: []person{...} escapes to heap
iface_sort_interface.go:22:19: byAge(people) escapes to heap
iface_sort_interface.go:23:13: ... argument does not escape
iface_sort_interface.go:23:13: people escapes to heap
iface_sort_interface.go:24:30: byAge(people) escapes to heap
iface_sort_interface.go:25:13: ... argument does not escape
iface_sort_interface.go:25:20: people[0] escapes to heap
iface_sort_interface.go:26:13: ... argument does not escape
iface_sort_interface.go:26:27: sort.IsSorted(byAge(people)) escapes to heap
iface_sort_interface.go:26:33: byAge(people) escapes to heap
