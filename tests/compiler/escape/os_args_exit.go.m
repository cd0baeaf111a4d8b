os_args_exit.go:11:15: ... argument does not escape
os_args_exit.go:11:27: "too many" escapes to heap
os_args_exit.go:11:42: len(os.Args) escapes to heap
