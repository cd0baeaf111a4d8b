struct_copy_to_global.go:11:11: leaking param: x
struct_copy_to_global.go:16:15: leaking param: t
