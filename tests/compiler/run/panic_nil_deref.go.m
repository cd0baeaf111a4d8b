panic_nil_deref.go:9:7: &node{} does not escape
panic_nil_deref.go:10:13: ... argument does not escape
panic_nil_deref.go:10:21: n.next == nil escapes to heap
panic_nil_deref.go:11:13: ... argument does not escape
