self_assign_array_field.go:10:11: rotate ignoring self-assignment in x.arr[0] = x.arr[1]
self_assign_array_field.go:11:6: rotate ignoring self-assignment in x.b = x.b[:2]
self_assign_array_field.go:9:13: x does not escape
