// gomem codegen test (see tests/compiler/run/CMakeLists.txt).
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type HandlerFunc func(string) string

func (h HandlerFunc) Serve(s string) string { return "[" + h(s) + "]" }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Add(v int) { *l = append(*l, v) }

type Registry map[string]int

func (r Registry) Get(k string) int { return r[k] }

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

type Op int

const (
	Add Op = iota
	Sub
	_
	Mul
)

func (o Op) String() string { return [...]string{"add", "sub", "?", "mul"}[o] }

func apply(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

type Pair struct {
	K string
	V int
}

func main() {
	h := HandlerFunc(strings.ToUpper)
	fmt.Println(h.Serve("hi"))
	var l IntList
	l.Add(1)
	l.Add(2)
	l.Add(3)
	fmt.Println(l.Sum(), l, len(l))
	r := Registry{"a": 1}
	fmt.Println(r.Get("a"), r.Get("b"))
	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc(fmt.Sprint(i % 3))
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n["0"], c.n["1"], c.n["2"])
	fmt.Println(Add, Mul, Op(1))
	fmt.Printf("%v %d %s\n", Sub, Mul, Add)
	f := apply(func(x int) int { return x + 1 }, func(x int) int { return x * 10 })
	fmt.Println(f(1))
	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Printf("%v %+v\n", anon, anon)
	pairs := []Pair{{"b", 2}, {"a", 1}, {"c", 3}}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].K < pairs[j].K })
	fmt.Println(pairs)
	ch := make(chan chan int, 1)
	inner := make(chan int, 1)
	ch <- inner
	(<-ch) <- 42
	fmt.Println(<-inner)
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
	out := make(chan int, 1)
	select {
	case out <- 7:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	z := complex(1, 2)
	fmt.Println(real(z*z), imag(z*z))
	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[1][1] = 0
	fmt.Println(grid == g2, grid[1], g2)
	for i, row := range &grid {
		fmt.Print(i, row, ";")
	}
	fmt.Println()
	fns := map[string]func(int) int{"dbl": func(x int) int { return 2 * x }}
	fmt.Println(fns["dbl"](21))
	x := 1
	{
		x := x + 1
		x++
		fmt.Println(x)
	}
	fmt.Println(x)
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	fmt.Println(i)
	type local struct{ p *int }
	lv := local{&x}
	*lv.p = 99
	fmt.Println(x, strings.Repeat("ab", 3), strings.Split("a,b,c", ","))
	var e error
	fmt.Printf("%v %T\n", e, e)
	fmt.Printf("%T %T %T %T\n", l, r, h, pairs)
	b := []byte{'a', 'b'}
	s := string(b) + string(rune(0x4e16))
	fmt.Println(s, len(s), s > "aa", s[1:])
	var ip *int
	fmt.Println(ip == nil, fmt.Sprint(nil))
	m2 := map[[2]int]bool{{1, 2}: true}
	fmt.Println(m2[[2]int{1, 2}], m2[[2]int{2, 1}])
	var iface interface{} = l
	if il, ok := iface.(IntList); ok {
		fmt.Println("intlist", il.Sum())
	}
	if _, ok := iface.(fmt.Stringer); !ok {
		fmt.Println("not stringer")
	}
	time.Sleep(time.Millisecond)
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds())
}
