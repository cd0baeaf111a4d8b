package p

type T struct{ a int }

func f(n int) (*T, []int, interface{}, func() int) {
	s := make([]int, n)
	v := []int{1, 2, 3}
	_ = v
	var i interface{} = T{1}
	q := func() int { return n }
	return &T{2}, s, i, q
}

func g(x *T) int { return x.a + len(T{}.b()) }
func (T) b() string { return "" }
