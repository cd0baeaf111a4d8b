package lexerrors

func f() {
	a := 0x
	b := 0b102
	c := 09
	d := 1__0
	e := 0x1.5
	f := 1e+
	g := 0o1.5
	h := 1_
	_ = 0b1e3
	_, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h
}
