os_exit_status.go:10:20: "not printed" escapes to heap
os_exit_status.go:10:19: ... argument does not escape
os_exit_status.go:11:13: ... argument does not escape
os_exit_status.go:11:14: "exiting with 3" escapes to heap
os_exit_status.go:12:14: ... argument does not escape
os_exit_status.go:12:26: "error: something failed" escapes to heap
