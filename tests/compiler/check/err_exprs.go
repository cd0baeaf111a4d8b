package main

type I interface{ M() }
type S struct{}

func main() {
	var i I
	var n int
	_ = n.(int)
	_ = i.(S)
	_ = &5
	_ = *n
	_ = -"s"
	_ = !n
	_ = n == "s"
	_ = []int{1} == nil
	_ = []int{1} == []int{2}
	_ = map[string]int{1: 2}
	_ = S{1}
}

type S2 struct{ a, b int }

var _ = S2{1}
