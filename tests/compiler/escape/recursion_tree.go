package main

type tree struct{ l, r *tree }

func make_(d int) *tree {
	if d == 0 {
		return &tree{}
	}
	return &tree{make_(d - 1), make_(d - 1)}
}

func (t *tree) check() int {
	if t.l == nil {
		return 1
	}
	return 1 + t.l.check() + t.r.check()
}

// binary-trees in miniature.
func main() {
	println(make_(4).check())
}
