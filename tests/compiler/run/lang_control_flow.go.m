lang_control_flow.go:14:7: c does not escape
lang_control_flow.go:16:15: leaking param: v
lang_control_flow.go:21:21: ... argument does not escape
lang_control_flow.go:23:23: "string of " + fmt.Sprint(... argument...) escapes to heap
lang_control_flow.go:23:35: ... argument does not escape
lang_control_flow.go:23:39: len(x) escapes to heap
lang_control_flow.go:25:20: ... argument does not escape
lang_control_flow.go:25:21: "ints " escapes to heap
lang_control_flow.go:25:33: len(x) escapes to heap
lang_control_flow.go:27:21: ... argument does not escape
lang_control_flow.go:27:42: x.area() escapes to heap
lang_control_flow.go:29:19: "error " + x.Error() escapes to heap
lang_control_flow.go:31:20: ... argument does not escape
lang_control_flow.go:31:21: "func " escapes to heap
lang_control_flow.go:31:31: x() escapes to heap
lang_control_flow.go:33:21: ... argument does not escape
lang_control_flow.go:37:18: moved to heap: out
lang_control_flow.go:39:9: func literal escapes to heap
lang_control_flow.go:39:51: ... argument does not escape
lang_control_flow.go:39:52: "d" escapes to heap
lang_control_flow.go:39:52: n escapes to heap
lang_control_flow.go:41:8: func literal does not escape
lang_control_flow.go:43:32: ... argument does not escape
lang_control_flow.go:43:33: "recovered " escapes to heap
lang_control_flow.go:46:7: "stop" escapes to heap
lang_control_flow.go:50:23: []interface {}{...} does not escape
lang_control_flow.go:50:29: 3 escapes to heap
lang_control_flow.go:50:37: int64(4) escapes to heap
lang_control_flow.go:50:42: "héllo" escapes to heap
lang_control_flow.go:50:57: []int{...} escapes to heap
lang_control_flow.go:50:57: []int{...} escapes to heap
lang_control_flow.go:50:69: rect{...} escapes to heap
lang_control_flow.go:50:77: &circle{...} escapes to heap
lang_control_flow.go:50:95: square{...} escapes to heap
lang_control_flow.go:51:13: ... argument does not escape
lang_control_flow.go:51:21: 1 escapes to heap
lang_control_flow.go:51:25: func literal escapes to heap
lang_control_flow.go:51:50: 2.5 escapes to heap
lang_control_flow.go:53:14: ... argument does not escape
lang_control_flow.go:53:23: classify(v) escapes to heap
lang_control_flow.go:55:13: ... argument does not escape
lang_control_flow.go:55:22: deferred() escapes to heap
lang_control_flow.go:68:14: ... argument does not escape
lang_control_flow.go:68:14: i escapes to heap
lang_control_flow.go:68:14: j escapes to heap
lang_control_flow.go:68:21: " " escapes to heap
lang_control_flow.go:80:12: ... argument does not escape
lang_control_flow.go:80:12: n escapes to heap
lang_control_flow.go:80:16: ";" escapes to heap
lang_control_flow.go:85:14: ... argument does not escape
lang_control_flow.go:85:15: "a" escapes to heap
lang_control_flow.go:87:14: ... argument does not escape
lang_control_flow.go:87:15: "b" escapes to heap
lang_control_flow.go:90:14: ... argument does not escape
lang_control_flow.go:90:15: "c (fallthrough)" escapes to heap
lang_control_flow.go:92:14: ... argument does not escape
lang_control_flow.go:92:15: "default" escapes to heap
lang_control_flow.go:97:12: ... argument does not escape
lang_control_flow.go:97:13: "goto" escapes to heap
lang_control_flow.go:97:13: i escapes to heap
lang_control_flow.go:97:24: " " escapes to heap
lang_control_flow.go:102:21: rect{...} does not escape
lang_control_flow.go:104:14: ... argument does not escape
lang_control_flow.go:104:15: "rect" escapes to heap
lang_control_flow.go:104:15: r escapes to heap
lang_control_flow.go:107:13: ... argument does not escape
lang_control_flow.go:107:13: isCircle escapes to heap
