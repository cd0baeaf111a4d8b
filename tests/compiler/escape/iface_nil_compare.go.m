iface_nil_compare.go:6:12: i does not escape
iface_nil_compare.go:10:11: leaking param: i
