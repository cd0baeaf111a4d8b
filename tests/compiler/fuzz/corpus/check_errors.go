package main

type T struct{ a int }

func (t *T) M() {}

type I interface{ M() }

func f() (int, error) { return 0, nil }

func main() {
	var x int = "hello"
	var y string = 1
	var i I = T{}
	var u uint8 = 256
	a, b, c := f()
	n := f()
	var p *T = nil
	p.b = 1
	s := []int{1, 2}
	s.Len()
	var m map[string]int
	m[1] = 2
	_ = x + y
	_ = 1 / 0
	_, _, _, _, _, _ = i, u, a, b, c, n
}
