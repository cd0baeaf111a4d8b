package complit

type T struct{ a, b int }

func f(x T, ts []T, m map[T]int) {
	// In if/for/switch headers a bare type name followed by { opens the
	// block; in parentheses (or other brackets) it is a composite literal.
	if x == (T{1, 2}) {
	}
	if f := (T{}); f.a == 0 {
	}
	for _, t := range []T{{1, 2}, {3, 4}} {
		_ = t
	}
	for i := range [2]int{} {
		_ = i
	}
	switch (T{}) {
	case T{1, 2}:
	}
	if m[T{1, 2}] > 0 {
	}
	if g(T{}) {
	}
	for x := range ts {
		_ = x
	}
	switch x {
	}
	if struct{ a int }{1}.a == 1 {
	}
}

func g(T) bool { return true }
