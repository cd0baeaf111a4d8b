package exprs

func f(a []int, m map[string]int) {
	_ = a[]
	_ = a[1::2]
	_ = a[1:2:]
	_ = a[1:2:3:4]
	_ = m["x"
	_ = f(1 2)
	_ = []int{1 2}
	_ = (int){}
	_ = func() int { return 1 }(
}

func g() {
	_ = x.
	_ = x.(1)
	_ = <-chan<- int
	_ = * + 
}
