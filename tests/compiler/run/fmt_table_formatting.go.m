fmt_table_formatting.go:18:20: ... argument does not escape
fmt_table_formatting.go:18:21: sign escapes to heap
fmt_table_formatting.go:18:42: m / 100 escapes to heap
fmt_table_formatting.go:18:49: m % 100 escapes to heap
fmt_table_formatting.go:25:87: strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" escapes to heap
fmt_table_formatting.go:55:6: moved to heap: sb
fmt_table_formatting.go:33:3: []struct { name string; qty int; price money; ratio float64 }{...} does not escape
fmt_table_formatting.go:38:12: ... argument does not escape
fmt_table_formatting.go:38:40: "name" escapes to heap
fmt_table_formatting.go:38:48: "qty" escapes to heap
fmt_table_formatting.go:38:55: "price" escapes to heap
fmt_table_formatting.go:38:64: "ratio" escapes to heap
fmt_table_formatting.go:39:13: ... argument does not escape
fmt_table_formatting.go:39:139: "|" + strings.Repeat("-", 14) + "|" + strings.Repeat("-", 6) + "|" + strings.Repeat("-", 10) + "|" + strings.Repeat("-", 10) + "|" escapes to heap
fmt_table_formatting.go:39:139: "|" + strings.Repeat("-", 14) + "|" + strings.Repeat("-", 6) + "|" + strings.Repeat("-", 10) + "|" + strings.Repeat("-", 10) + "|" escapes to heap
fmt_table_formatting.go:41:13: ... argument does not escape
fmt_table_formatting.go:41:47: r.name escapes to heap
fmt_table_formatting.go:41:55: r.qty escapes to heap
fmt_table_formatting.go:41:62: r.price escapes to heap
fmt_table_formatting.go:41:71: r.ratio escapes to heap
fmt_table_formatting.go:43:12: ... argument does not escape
fmt_table_formatting.go:43:34: point{...} escapes to heap
fmt_table_formatting.go:43:48: point{...} escapes to heap
fmt_table_formatting.go:43:62: point{...} escapes to heap
fmt_table_formatting.go:44:12: ... argument does not escape
fmt_table_formatting.go:44:34: rows[0].price escapes to heap
fmt_table_formatting.go:44:47: point{} escapes to heap
fmt_table_formatting.go:44:59: []*point{} escapes to heap
fmt_table_formatting.go:44:59: []*point{} escapes to heap
fmt_table_formatting.go:45:12: ... argument does not escape
fmt_table_formatting.go:45:70: 3.14159 escapes to heap
fmt_table_formatting.go:45:79: 1234.5678 escapes to heap
fmt_table_formatting.go:45:90: 42 escapes to heap
fmt_table_formatting.go:45:94: 255 escapes to heap
fmt_table_formatting.go:45:99: 3054 escapes to heap
fmt_table_formatting.go:45:105: 8 escapes to heap
fmt_table_formatting.go:45:108: 5 escapes to heap
fmt_table_formatting.go:45:111: -3.5 escapes to heap
fmt_table_formatting.go:46:12: ... argument does not escape
fmt_table_formatting.go:46:43: "tab\there" escapes to heap
fmt_table_formatting.go:46:64: []string{...} escapes to heap
fmt_table_formatting.go:46:64: []string{...} escapes to heap
fmt_table_formatting.go:46:82: ([]byte)("hi") escapes to heap
fmt_table_formatting.go:46:82: ([]byte)("hi") escapes to heap
fmt_table_formatting.go:46:90: 'G' escapes to heap
fmt_table_formatting.go:46:95: 'é' escapes to heap
fmt_table_formatting.go:47:12: ... argument does not escape
fmt_table_formatting.go:47:38: 5 escapes to heap
fmt_table_formatting.go:47:41: 42 escapes to heap
fmt_table_formatting.go:47:45: 4 escapes to heap
fmt_table_formatting.go:47:48: 7 escapes to heap
fmt_table_formatting.go:47:51: 2 escapes to heap
fmt_table_formatting.go:47:54: 2.71828 escapes to heap
fmt_table_formatting.go:48:12: ... argument does not escape
fmt_table_formatting.go:48:48: celsius.Format(celsius(21.55)) escapes to heap
fmt_table_formatting.go:48:59: []money{...} escapes to heap
fmt_table_formatting.go:48:59: []money{...} escapes to heap
fmt_table_formatting.go:48:85: map[string]money{...} escapes to heap
fmt_table_formatting.go:49:12: ... argument does not escape
fmt_table_formatting.go:49:26: 99.5 escapes to heap
fmt_table_formatting.go:50:12: ... argument does not escape
fmt_table_formatting.go:50:27: true escapes to heap
fmt_table_formatting.go:51:12: ... argument does not escape
fmt_table_formatting.go:51:24: "str" escapes to heap
fmt_table_formatting.go:51:31: 5 escapes to heap
fmt_table_formatting.go:52:18: ... argument does not escape
fmt_table_formatting.go:52:36: 7 escapes to heap
fmt_table_formatting.go:52:39: 7 escapes to heap
fmt_table_formatting.go:52:42: 7 escapes to heap
fmt_table_formatting.go:53:14: ... argument does not escape
fmt_table_formatting.go:53:14: s escapes to heap
fmt_table_formatting.go:53:32: len(s) escapes to heap
fmt_table_formatting.go:54:13: ... argument does not escape
fmt_table_formatting.go:54:27: strconv.Quote("line\nbreak") escapes to heap
fmt_table_formatting.go:54:56: strconv.Itoa(-45) escapes to heap
fmt_table_formatting.go:54:73: fmt.Sprint(... argument...) escapes to heap
fmt_table_formatting.go:54:73: ... argument does not escape
fmt_table_formatting.go:54:74: "a" escapes to heap
fmt_table_formatting.go:54:79: 1 escapes to heap
fmt_table_formatting.go:54:82: 2 escapes to heap
fmt_table_formatting.go:54:85: "b" escapes to heap
fmt_table_formatting.go:54:90: "c" escapes to heap
fmt_table_formatting.go:54:95: 3.0 escapes to heap
fmt_table_formatting.go:57:14: ... argument does not escape
fmt_table_formatting.go:57:20: i escapes to heap
fmt_table_formatting.go:59:13: ... argument does not escape
fmt_table_formatting.go:59:23: (*strings.Builder).String(sb) escapes to heap
fmt_table_formatting.go:59:33: (*strings.Builder).Len(sb) escapes to heap
