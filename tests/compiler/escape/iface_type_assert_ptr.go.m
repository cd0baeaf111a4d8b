iface_type_assert_ptr.go:6:10: leaking param: i to result ~r0 level=0
iface_type_assert_ptr.go:10:10: i does not escape
