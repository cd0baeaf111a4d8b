iface_boxing_println.go:10:13: f escapes to heap:
iface_boxing_println.go:10:13:   flow: {storage for ... argument} = &{storage for f}:
iface_boxing_println.go:10:13:     from f (spill) at iface_boxing_println.go:10:13
iface_boxing_println.go:10:13:     from ... argument (slice-literal-element) at iface_boxing_println.go:10:13
iface_boxing_println.go:10:13:   flow: {heap} = {storage for ... argument}:
iface_boxing_println.go:10:13:     from ... argument (spill) at iface_boxing_println.go:10:13
iface_boxing_println.go:10:13:     from fmt.Println(... argument...) (call parameter) at iface_boxing_println.go:10:13
iface_boxing_println.go:10:13: s escapes to heap:
iface_boxing_println.go:10:13:   flow: {storage for ... argument} = &{storage for s}:
iface_boxing_println.go:10:13:     from s (spill) at iface_boxing_println.go:10:13
iface_boxing_println.go:10:13:     from ... argument (slice-literal-element) at iface_boxing_println.go:10:13
iface_boxing_println.go:10:13:   flow: {heap} = {storage for ... argument}:
iface_boxing_println.go:10:13:     from ... argument (spill) at iface_boxing_println.go:10:13
iface_boxing_println.go:10:13:     from fmt.Println(... argument...) (call parameter) at iface_boxing_println.go:10:13
iface_boxing_println.go:10:13: x escapes to heap:
iface_boxing_println.go:10:13:   flow: {storage for ... argument} = &{storage for x}:
iface_boxing_println.go:10:13:     from x (spill) at iface_boxing_println.go:10:13
iface_boxing_println.go:10:13:     from ... argument (slice-literal-element) at iface_boxing_println.go:10:13
iface_boxing_println.go:10:13:   flow: {heap} = {storage for ... argument}:
iface_boxing_println.go:10:13:     from ... argument (spill) at iface_boxing_println.go:10:13
iface_boxing_println.go:10:13:     from fmt.Println(... argument...) (call parameter) at iface_boxing_println.go:10:13
iface_boxing_println.go:10:13: ... argument does not escape
iface_boxing_println.go:10:13: x escapes to heap
iface_boxing_println.go:10:13: s escapes to heap
iface_boxing_println.go:10:13: f escapes to heap
