type_switch_no_bind.go:4:11: i does not escape
