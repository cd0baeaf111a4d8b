package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec   { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k int)    { v.X *= k; v.Y *= k }
func (v Vec) String() string  { return fmt.Sprintf("(%d,%d)", v.X, v.Y) }

type Grid [3][3]int

type Named struct {
	Vec
	Name string
	tags map[string]bool
}

func modify(g Grid, p *Grid) {
	g[0][0] = 100
	p[1][1] = 200
}

func main() {
	a := Vec{1, 2}
	b := a
	b.Scale(10)
	fmt.Println(a, b, a.Add(b))
	scale := a.Scale
	scale(3)
	add := Vec.Add
	fmt.Println(a, add(a, Vec{1, 1}), (*Vec).Scale != nil)

	var g Grid
	modify(g, &g)
	fmt.Println(g)

	arr := [4]int{1, 2, 3, 4}
	s1 := arr[1:3]
	s2 := s1[:cap(s1)]
	s2[2] = 40
	s1 = append(s1, 30)
	fmt.Println(arr, s1, s2, len(s2), cap(s2))
	s3 := make([]int, 2, 10)
	s4 := append(s3, 1)
	s5 := append(s3, 2)
	fmt.Println(s4, s5, &s4[0] == &s5[0])

	n := Named{Vec{5, 6}, "n", map[string]bool{"x": true}}
	m := n
	m.X = 50
	m.tags["y"] = true
	fmt.Println(n.Vec, m.Vec, len(n.tags), n.String())
	pn := &n
	pn.Scale(2)
	fmt.Printf("%v %+v\n", n.Vec, *pn)

	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(i8, u8, u32, -7/2, -7%2, 7>>1, -7>>1, 1<<62>>60)
	const (
		KB = 1 << (10 * (iota + 1))
		MB
		GB
	)
	fmt.Println(KB, MB, GB, GB/MB)
	x := 0x0F
	fmt.Println(x&^0x3, x|0x30, x^0xFF, ^x)
	ptrs := []*Vec{{1, 1}, {2, 2}}
	for _, p := range ptrs {
		p.Scale(-1)
	}
	fmt.Println(*ptrs[0], ptrs[1].String())
}
