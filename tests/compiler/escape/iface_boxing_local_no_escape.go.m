iface_boxing_local_no_escape.go:6:22: x does not escape
