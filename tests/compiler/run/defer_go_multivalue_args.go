package main

// go and defer of a call whose arguments are one multi-value call: the
// inner call runs at the go/defer statement, its results are stored.

import (
	"fmt"
	"sync"
)

var calls int

func pair(tag string) (string, int) { calls++; return tag, calls }
func show(s string, n int)          { fmt.Println("show", s, n) }
func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	fmt.Println("sum", t)
	return t
}
func three() (int, int, int) { calls++; return 1, 2, calls }

type T struct{ name string }

func (t *T) log(s string, n int) { fmt.Println(t.name, s, n) }

func main() {
	t := &T{"t"}
	defer show(pair("deferred first"))
	defer t.log(pair("method"))
	defer sum(three())
	var wg sync.WaitGroup
	wg.Add(1)
	done := func(s string, n int) { fmt.Println("go", s, n); wg.Done() }
	go done(pair("goroutine"))
	wg.Wait()
	for i := 0; i < 2; i++ {
		label := fmt.Sprint("loop", i)
		defer show(pair(label))
	}
	fmt.Println("calls so far", calls)
}
