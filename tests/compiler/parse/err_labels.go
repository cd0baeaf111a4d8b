package labels

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

func k() {
Loop:
	for i := 0; i < 3; i++ {
		switch i {
		case 0:
			continue Loop
		case 1:
			break Loop
		}
	}
Sw:
	switch {
	case true:
		continue Sw
	}
	func() {
		goto Loop
	}()
}
