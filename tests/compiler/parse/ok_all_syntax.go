package main

import (
	"fmt"
	m "math"
	. "strings"
	_ "os"
)

type List[T any] struct{ next *List[T]; val T }
type Num interface{ ~int | ~float64; String() string }
type A [N]int
type B[P *C,] int
type Pair[K comparable, V any] struct { k K; v V }

const (
	a = iota
	b
	c, d = 1 << iota, "x"
)

func Map[T, U any](s []T, f func(T) U) []U { return nil }

func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }

func main() {
	var x = struct{ a, b int "tag" }{1, 2}
	if x == (struct{ a, b int "tag" }{1, 2}) {
	}
	for i := range []int{1} { _ = i }
	for k, v := range map[string]int{"a": 1} { fmt.Println(k, v) }
	switch t := interface{}(x).(type) { case int, *int: _ = t; default: }
	var ch <-chan chan<- int
	select { case v, ok := <-ch: _, _ = v, ok; case <-ch: default: }
L:
	for ;; { break L }
	s := x[1:2:3]
	f := func(a ...int) {}
	f(s...)
	go f()
	defer func() {}()
	_ = Map[int, string]
	_ = 0x1p-2 + 1_000i + 'a' + '\u00e9' + 0o17 + 0b1
	_ = `raw
string`
	y := &x; *y = x; y.a++
	goto L
}
