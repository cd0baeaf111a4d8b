package p

// panic's argument escapes.
func check(ok bool, msg string) {
	if !ok {
		panic(msg)
	}
}

func checkConst(ok bool) {
	if !ok {
		panic("bad")
	}
}
