panic_arg_string.go:4:21: leaking param: msg
panic_arg_string.go:6:9: msg escapes to heap
panic_arg_string.go:12:8: "bad" escapes to heap
