iface_conversion_between.go:12:11: leaking param: b to result ~r0 level=0
iface_conversion_between.go:16:12: leaking param: b
