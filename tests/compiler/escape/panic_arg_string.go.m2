panic_arg_string.go:6:9: msg escapes to heap:
panic_arg_string.go:6:9:   flow: {heap} = &{storage for msg}:
panic_arg_string.go:6:9:     from msg (spill) at panic_arg_string.go:6:9
panic_arg_string.go:6:9:     from panic(msg) (call parameter) at panic_arg_string.go:6:8
panic_arg_string.go:4:21: parameter msg leaks to {storage for msg} with derefs=0:
panic_arg_string.go:4:21:   flow: {storage for msg} = msg:
panic_arg_string.go:4:21:     from msg (interface-converted) at panic_arg_string.go:6:9
panic_arg_string.go:4:21: leaking param: msg
panic_arg_string.go:6:9: msg escapes to heap
panic_arg_string.go:12:8: "bad" escapes to heap:
panic_arg_string.go:12:8:   flow: {heap} = &{storage for "bad"}:
panic_arg_string.go:12:8:     from "bad" (spill) at panic_arg_string.go:12:8
panic_arg_string.go:12:8:     from panic("bad") (call parameter) at panic_arg_string.go:12:8
panic_arg_string.go:12:8: "bad" escapes to heap
