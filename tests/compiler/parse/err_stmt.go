package stmts

func f(x int) {
	if x {
	}
	if x = 1; x == 1 {
	}
	if x := 1 {
	}
	for i := 0; i < 10; i := i + 1 {
	}
	for {
	} else {
	}
	switch x {
	case 1
	}
	go (f(1))
	defer 1
	x y
}

func g() {
	if {
	}
	if x := 1; {
	}
	for var i = 0; i < 1; i++ {
	}
	switch x := y.(type) + 1 {
	}
	goto
	L:
}
