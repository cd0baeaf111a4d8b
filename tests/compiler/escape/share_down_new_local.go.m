share_down_new_local.go:5:10: new(int) does not escape
share_down_new_local.go:7:10: new([4]int) does not escape
