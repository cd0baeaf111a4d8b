iface_nil_pointer_not_nil.go:13:7: &MyErr{} escapes to heap
iface_nil_pointer_not_nil.go:20:10: &MyErr{} escapes to heap
iface_nil_pointer_not_nil.go:26:13: ... argument does not escape
iface_nil_pointer_not_nil.go:26:26: find(false) == nil escapes to heap
iface_nil_pointer_not_nil.go:26:50: findGood(false) == nil escapes to heap
iface_nil_pointer_not_nil.go:27:13: ... argument does not escape
