iface_expr_eval.go:23:7: v does not escape
iface_expr_eval.go:23:19: env does not escape
iface_expr_eval.go:24:7: leaking param: v to result ~r0 level=0
iface_expr_eval.go:26:7: leaking param content: b
iface_expr_eval.go:26:20: leaking param: env
iface_expr_eval.go:39:7: leaking param content: b
iface_expr_eval.go:39:101: "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" escapes to heap
iface_expr_eval.go:39:73: string(b.Op) does not escape
iface_expr_eval.go:42:7: &Bin{...} escapes to heap
iface_expr_eval.go:42:17: &Bin{...} escapes to heap
iface_expr_eval.go:42:30: Num(2) escapes to heap
iface_expr_eval.go:42:38: Var("x") escapes to heap
iface_expr_eval.go:42:46: &Bin{...} escapes to heap
iface_expr_eval.go:42:59: Var("y") escapes to heap
iface_expr_eval.go:42:69: Num(4) escapes to heap
iface_expr_eval.go:43:27: map[string]float64{...} escapes to heap
iface_expr_eval.go:44:13: ... argument does not escape
iface_expr_eval.go:44:17: "=" escapes to heap
iface_expr_eval.go:44:28: (*Bin).Eval(e, env) escapes to heap
iface_expr_eval.go:46:13: ... argument does not escape
iface_expr_eval.go:46:20: (*Bin).Eval(e, env) escapes to heap
