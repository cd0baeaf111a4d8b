// gomem codegen test (see tests/compiler/run/CMakeLists.txt).
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type Shape interface{ Area() float64 }
type Named interface {
	Shape
	fmt.Stringer
}
type Sq struct{ s float64 }

func (q Sq) Area() float64   { return q.s * q.s }
func (q Sq) String() string  { return "Sq(" + strconv.FormatFloat(q.s, 'f', 1, 64) + ")" }

type Holder struct {
	Shape
	tag string
}

type Grid [3][3]int

func (g *Grid) Set(i, j, v int) { g[i][j] = v }

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 100 }
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

type List struct {
	val  int
	next *List
}

func (l *List) Push(v int) *List { return &List{v, l} }
func (l *List) String() string {
	if l == nil {
		return "nil"
	}
	return strconv.Itoa(l.val) + "->" + l.next.String()
}

func worker(id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- fmt.Sprintf("w%d:%d", id%1, j*j)
	}
}

func main() {
	var n Named = Sq{2}
	fmt.Println(n, n.Area())
	h := Holder{Sq{3}, "x"}
	fmt.Println(h.Area(), h.tag)
	var s Shape = h
	fmt.Println(s.Area())
	var g Grid
	g.Set(1, 2, 5)
	pg := &g
	pg[0][0] = 1
	fmt.Println(g, len(g[0]))
	inc, reset := counter()
	inc()
	inc()
	fmt.Println(inc())
	reset()
	fmt.Println(inc())
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var l *List
	for i := 0; i < 4; i++ {
		l = l.Push(i)
	}
	fmt.Println(l)
	fmt.Printf("%v %+v %T %T\n", l.next.next.next.next, Sq{1}, l, s)
	jobs := make(chan int, 10)
	results := make(chan string, 10)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= 5; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += len(r)
	}
	fmt.Println("sum", sum)
	done := make(chan struct{})
	data := make(chan int)
	go func() {
		defer close(done)
		for {
			select {
			case v, ok := <-data:
				if !ok {
					fmt.Println("closed")
					return
				}
				fmt.Println("got", v)
			}
		}
	}()
	data <- 1
	data <- 2
	close(data)
	<-done
	defer fmt.Println("deferred 1")
	for i := 0; i < 3; i++ {
		defer func(i int) { fmt.Println("loop defer", i) }(i)
	}
	matrix := make([][]int, 3)
	for i := range matrix {
		matrix[i] = make([]int, i+1)
		for j := range matrix[i] {
			matrix[i][j] = i * j
		}
	}
	fmt.Println(matrix)
	bs := []byte("hello")
	bs[0] = 'H'
	copy(bs[1:], "EL")
	fmt.Println(string(bs), string(bs[1:3]), cap(bs[1:3]) >= 2)
	var iface interface{}
	fmt.Println(iface == nil, len(os.Args) > 0)
	var mp map[string]int
	fmt.Println(mp["x"], len(mp))
	type local struct{ a, b int }
	ls := []local{{1, 2}, {3, 4}}
	fmt.Printf("%v %d\n", ls, ls[1].b)
	x := 10
	px := &x
	*px += 5
	pp := &px
	**pp *= 2
	fmt.Println(x)
}
