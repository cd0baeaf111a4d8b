package branches

func f(x int) {
	break
	continue
L:
	for {
		switch x {
		case 1:
			fallthrough
		case 2:
			if x > 0 {
				fallthrough
			}
		case 3:
			fallthrough
		}
		continue L
	}
	goto M
	{
	M:
		x++
	}
	goto N
M2:
	for {
		break M2
	}
	select {
	default:
		break L
	}
	fallthrough
	var i interface{} = x
	switch i.(type) {
	case int:
		fallthrough
	case string:
	}
}

func g() {
	goto L
L:
L:
	for {
		break Z
	}
}

func h() {
	Unused:
	for {
		continue Unused2
	}
}
