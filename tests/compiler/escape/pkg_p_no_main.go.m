pkg_p_no_main.go:9:9: &T{...} escapes to heap
pkg_p_no_main.go:12:10: leaking param: t
pkg_p_no_main.go:16:7: t does not escape
