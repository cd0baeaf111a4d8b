type_switch.go:7:7: q does not escape
type_switch.go:10:15: leaking param: i
