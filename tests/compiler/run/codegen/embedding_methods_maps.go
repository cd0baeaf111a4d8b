// gomem codegen test (see tests/compiler/run/CMakeLists.txt).
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	age int
}

func (d *Dog) Sound() string { return "woof" }

type Cat struct{ *Base }

func (c Cat) Sound() string { return "meow" }

type Pt struct{ X, Y int }

func (p Pt) Add(q Pt) Pt { return Pt{p.X + q.X, p.Y + q.Y} }
func (p *Pt) Scale(k int) { p.X *= k; p.Y *= k }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func find(i int) (int, error) {
	if i < 0 {
		return 0, &MyErr{i}
	}
	if i == 0 {
		return 0, errors.New("zero")
	}
	return i * 2, nil
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func variadic(prefix string, xs ...int) string {
	var sb strings.Builder
	sb.WriteString(prefix)
	for _, x := range xs {
		sb.WriteString(fmt.Sprint(x))
	}
	return sb.String()
}


func main() {
	animals := []Animal{&Dog{Base{"rex"}, 3}, Cat{&Base{"tom"}}}
	for _, a := range animals {
		fmt.Println(a.Name(), a.Sound())
	}
	p := Pt{1, 2}
	p.Scale(3)
	q := p.Add(Pt{10, 20})
	fmt.Println(p, q, p == Pt{3, 6}, q != p)
	f := p.Add
	g := (*Pt).Scale
	g(&p, 2)
	fmt.Println(f(Pt{1, 1}), p)
	for _, i := range []int{-1, 0, 5} {
		v, err := find(i)
		var me *MyErr
		if errors.As(err, &me) {
			fmt.Println("myerr", me.code)
		}
		fmt.Println(v, err)
	}
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(variadic("a"), variadic("b", 1, 2, 3), variadic("c", []int{4, 5}...))
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	fmt.Println(arr, arr2, arr == arr2, len(arr))
	m := map[Pt]string{{1, 2}: "a", {3, 4}: "b"}
	keys := make([]string, 0)
	for k, v := range m {
		keys = append(keys, fmt.Sprint(k, v))
	}
	sort.Strings(keys)
	fmt.Println(keys, m[Pt{1, 2}], len(m))
	var x interface{} = Pt{1, 2}
	switch v := x.(type) {
	case int, string:
		fmt.Println("int or string", v)
	case Pt:
		fmt.Println("pt", v.X)
	}
	fmt.Println(x == Pt{1, 2}, x == 5)
	s := "héllo, 世界"
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println(len(s), []byte(s)[1], []rune(s)[1])
	var u8 uint8 = 250
	u8 += 10
	var i32 int32 = 1 << 30
	i32 *= 4
	fmt.Println(u8, i32, -7/2, -7%2, 7>>1, -7>>1, uint32(1)<<31)
	sh := 70
	fmt.Println(1<<sh == 0, int64(-1)>>sh)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	switch {
	case p.X > 100:
		fmt.Println("big")
		fallthrough
	case p.X > 1:
		fmt.Println("medium")
	default:
		fmt.Println("small")
	}
}
