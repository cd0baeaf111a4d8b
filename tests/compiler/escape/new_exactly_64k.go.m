new_exactly_64k.go:5:10: new([65536]byte) does not escape
