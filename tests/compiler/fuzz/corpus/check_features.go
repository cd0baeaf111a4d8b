package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Named struct {
	Rect
	*sync.Mutex
	name string
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const big = 1 << 40
const ratio = big / 3.0

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

var ErrEmpty = errors.New("empty")

func parse(s string) (n int, err error) {
	if s == "" {
		return 0, ErrEmpty
	}
	n, err = strconv.Atoi(s)
	return
}

func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

func sum(xs ...int) (t int) {
	for _, x := range xs {
		t += x
	}
	return t
}

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + x
	case error:
		return x.Error()
	case fmt.Stringer:
		return x.String()
	default:
		return "other"
	}
}

func worker(id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- strconv.Itoa(id) + ":" + strconv.Itoa(j)
	}
}

func main() {
	var shapes []Shape = []Shape{Rect{1, 2}, &Rect{W: 3, H: 4}}
	total := 0.0
	for i := range shapes {
		total += shapes[i].Area()
	}
	n := Named{Rect: Rect{2, 2}, Mutex: new(sync.Mutex), name: "sq"}
	n.Lock()
	fmt.Println(n.Area(), n.W, n.name, total, Monday, Thursday, ratio)
	n.Unlock()

	words := strings.Fields("a bbb cc")
	sort.Sort(byLen(words))
	sort.Slice(words, func(i, j int) bool { return words[i] < words[j] })
	if v, err := parse("42"); err == nil {
		fmt.Printf("%d %v\n", v, errors.Is(err, ErrEmpty))
	}
	next := counter()
	next()
	fmt.Println(sum(1, 2, 3), sum([]int{4, 5}...), describe(3), describe(ErrEmpty))

	m := map[string][]int{"a": {1, 2}}
	m["b"] = append(m["b"], 3)
	if xs, ok := m["a"]; ok && len(xs) > 1 {
		delete(m, "a")
	}
	arr := [...]byte{'g', 'o'}
	s := string(arr[:]) + string(rune(0x4e16))
	b := []byte(s)
	copy(b, "GO")

	jobs := make(chan int, 10)
	results := make(chan string, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 2; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 0; j < 4; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	timeout := time.After(10 * time.Millisecond)
loop:
	for {
		select {
		case r, ok := <-results:
			if !ok {
				break loop
			}
			fmt.Println(r)
		case <-timeout:
			break loop
		}
	}
	var p *Rect
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(os.Stderr, "recovered:", r)
			os.Exit(0)
		}
	}()
	fmt.Println(p.Area(), len(b), cap(b[:1:2]))
}
