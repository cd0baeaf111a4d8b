package many

func f() {
	a b
	a b
	a b
	a b
	a b
	a b
	a b
	a b
	a b
	a b
	a b
	a b
}
