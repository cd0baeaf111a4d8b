select_param_chans.go:4:12: a does not escape
select_param_chans.go:4:15: b does not escape
select_param_chans.go:4:30: quit does not escape
