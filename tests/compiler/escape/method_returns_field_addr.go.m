method_returns_field_addr.go:6:7: leaking param: t to result ~r0 level=0
