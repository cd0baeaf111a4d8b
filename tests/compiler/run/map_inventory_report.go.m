map_inventory_report.go:23:14: cat does not escape
map_inventory_report.go:23:19: leaking param: name
map_inventory_report.go:23:56: leaking param: tags
map_inventory_report.go:22:25: map[string]*item{} does not escape
map_inventory_report.go:23:9: func literal does not escape
map_inventory_report.go:24:14: cat + "/" + name escapes to heap
map_inventory_report.go:24:23: &item{...} escapes to heap
map_inventory_report.go:26:5: ... argument escapes to heap
map_inventory_report.go:27:5: ... argument escapes to heap
map_inventory_report.go:28:5: ... argument escapes to heap
map_inventory_report.go:30:5: ... argument escapes to heap
map_inventory_report.go:31:5: ... argument escapes to heap
map_inventory_report.go:33:28: map[key][]string{} does not escape
map_inventory_report.go:34:29: map[string]float64{} escapes to heap
map_inventory_report.go:35:28: map[string]int{} escapes to heap
map_inventory_report.go:45:14: make([]key, 0, len(groups)) escapes to heap
map_inventory_report.go:49:12: keys escapes to heap
map_inventory_report.go:49:19: func literal does not escape
map_inventory_report.go:58:13: ... argument does not escape
map_inventory_report.go:58:42: k.category escapes to heap
map_inventory_report.go:58:54: k.inStock escapes to heap
map_inventory_report.go:58:54: names escapes to heap
map_inventory_report.go:60:13: ... argument does not escape
map_inventory_report.go:61:13: ... argument does not escape
map_inventory_report.go:67:12: ... argument does not escape
map_inventory_report.go:67:49: len(inv) escapes to heap
map_inventory_report.go:67:74: inv["fruit/apple"].qty escapes to heap
map_inventory_report.go:67:80: *inv["dairy/cheese"] escapes to heap
map_inventory_report.go:68:37: map[string]map[string]int{} escapes to heap
map_inventory_report.go:72:37: map[string]int{} escapes to heap
map_inventory_report.go:76:13: ... argument does not escape
map_inventory_report.go:76:25: len(nested["a"]) escapes to heap
map_inventory_report.go:76:57: nested["missing"]["x"] escapes to heap
