// gomem codegen test (see tests/compiler/run/CMakeLists.txt).
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type Visitor interface {
	Visit(n int) (int, error)
	Many(prefix string, xs ...int) string
}

type V struct{ scale int }

func (v *V) Visit(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("neg")
	}
	return n * v.scale, nil
}

func (v *V) Many(prefix string, xs ...int) string {
	s := prefix
	for _, x := range xs {
		s += strconv.Itoa(x)
	}
	return s
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(f func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Machine struct {
	handlers map[string]func(*Machine, int)
	acc      int
}

func sum(n int) (total int) {
	for i := 0; i < n; i++ {
		defer func(i int) { total += i }(i)
	}
	return 0
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	var vis Visitor = &V{3}
	n, err := vis.Visit(5)
	fmt.Println(n, err)
	_, err = vis.Visit(-1)
	fmt.Println(err)
	fmt.Println(vis.Many("p", 1, 2, 3), vis.Many("q"))
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	var out []int
	root.Walk(func(v int) { out = append(out, v) })
	fmt.Println(out)
	m := &Machine{handlers: map[string]func(*Machine, int){}}
	m.handlers["add"] = func(m *Machine, x int) { m.acc += x }
	m.handlers["mul"] = func(m *Machine, x int) { m.acc *= x }
	m.handlers["add"](m, 3)
	m.handlers["mul"](m, 4)
	fmt.Println(m.acc)
	fmt.Println(sum(5))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	s := []int{1, 2, 3, 4, 5}
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	s2 := s[1:3]
	s2 = append(s2, 100)
	fmt.Println(s, s2)
	copy(s[1:], s)
	fmt.Println(s)
	mm := map[int]int{1: 1, 2: 2, 3: 3, 4: 4}
	for k := range mm {
		if k%2 == 0 {
			delete(mm, k)
		}
	}
	fmt.Println(len(mm), mm)
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Print(v)
	}
	fmt.Println()
	fmt.Fprintln(os.Stderr, "to stderr")
	u := uint(3)
	var u8a, u8b uint8 = 200, 100
	var i8 int8 = -128
	fmt.Println(u-4 > 0, -i8, i8/-1, u8a+u8b)
	f := 7.0
	fmt.Println(f/2, int(f)/2, 1e3, float32(1)/3)
	defer fmt.Println("exiting")
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		var arr []int
		_ = arr[0]
	}()
	os.Exit(3)
}
