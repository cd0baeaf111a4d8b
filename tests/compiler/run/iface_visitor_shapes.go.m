iface_visitor_shapes.go:23:76: ... argument does not escape
iface_visitor_shapes.go:23:84: float64(n) escapes to heap
iface_visitor_shapes.go:27:7: leaking param: v
iface_visitor_shapes.go:27:19: env does not escape
iface_visitor_shapes.go:30:23: ... argument does not escape
iface_visitor_shapes.go:30:52: string(v) escapes to heap
iface_visitor_shapes.go:34:7: leaking param: v to result ~r0 level=0
iface_visitor_shapes.go:36:7: leaking param content: b
iface_visitor_shapes.go:36:20: leaking param: env
iface_visitor_shapes.go:58:22: ... argument does not escape
iface_visitor_shapes.go:58:43: b.Op escapes to heap
iface_visitor_shapes.go:61:7: leaking param content: b
iface_visitor_shapes.go:61:101: "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" escapes to heap
iface_visitor_shapes.go:61:73: string(b.Op) does not escape
iface_visitor_shapes.go:63:11: leaking param content: e
iface_visitor_shapes.go:63:19: seen does not escape
iface_visitor_shapes.go:75:7: s does not escape
iface_visitor_shapes.go:76:7: leaking param content: s
iface_visitor_shapes.go:77:49: byLen.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
iface_visitor_shapes.go:77:49: byLen.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
iface_visitor_shapes.go:77:7: s does not escape
iface_visitor_shapes.go:80:27: map[string]float64{...} escapes to heap
iface_visitor_shapes.go:81:17: []Expr{...} escapes to heap
iface_visitor_shapes.go:82:3: &Bin{...} escapes to heap
iface_visitor_shapes.go:82:16: Num(1) escapes to heap
iface_visitor_shapes.go:82:21: &Bin{...} escapes to heap
iface_visitor_shapes.go:82:34: Var("x") escapes to heap
iface_visitor_shapes.go:82:44: Var("y") escapes to heap
iface_visitor_shapes.go:83:3: &Bin{...} escapes to heap
iface_visitor_shapes.go:83:16: Var("x") escapes to heap
iface_visitor_shapes.go:83:26: Num(0) escapes to heap
iface_visitor_shapes.go:84:6: Var("z") escapes to heap
iface_visitor_shapes.go:85:6: Num(2.25) escapes to heap
iface_visitor_shapes.go:86:3: &Bin{...} escapes to heap
iface_visitor_shapes.go:86:16: Num(1) escapes to heap
iface_visitor_shapes.go:86:24: Num(2) escapes to heap
iface_visitor_shapes.go:87:3: &Bin{...} escapes to heap
iface_visitor_shapes.go:87:13: &Bin{...} escapes to heap
iface_visitor_shapes.go:87:26: Var("y") escapes to heap
iface_visitor_shapes.go:87:36: Var("x") escapes to heap
iface_visitor_shapes.go:87:47: Num(0.5) escapes to heap
iface_visitor_shapes.go:89:19: byLen(exprs) escapes to heap
iface_visitor_shapes.go:94:14: ... argument does not escape
iface_visitor_shapes.go:96:14: ... argument does not escape
iface_visitor_shapes.go:98:14: ... argument does not escape
iface_visitor_shapes.go:98:15: v escapes to heap
iface_visitor_shapes.go:101:25: map[string]bool{} does not escape
iface_visitor_shapes.go:110:13: ... argument does not escape
iface_visitor_shapes.go:110:26: strings.Join(names, ",") escapes to heap
iface_visitor_shapes.go:110:43: len(seen) escapes to heap
iface_visitor_shapes.go:111:6: Num(1.5) escapes to heap
iface_visitor_shapes.go:113:13: ... argument does not escape
