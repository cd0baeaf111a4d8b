package main

import "fmt"

// Interfaces that embed interfaces declared after them, an alias whose
// cycle goes through a defined type, and float constants that are
// integers in Go's exact arithmetic.

type I1 interface {
	m() I2
}

type I3 interface {
	I2
	n() int
}

type I2 interface {
	I1
}

type Handler = func(Event) string

type Event struct {
	name    string
	handler Handler
}

type T struct{ id int }

func (t T) m() I2  { return T{t.id + 1} }
func (t T) n() int { return t.id }

var i1 I1 = i2
var i2 I2 = T{1}
var i3 I3 = T{7}

var nanos = []int64{0.0005 * 1e9, 0.001 * 1e9, 0.1 * 1e9, 5 * 1e9}

func main() {
	fmt.Println(i1.m().(T).id, i3.n(), i3.m().m().(I3).n())
	var x interface{} = T{3}
	_, ok := x.(I3)
	_, ok2 := x.(interface{ m() I1 })
	fmt.Println(ok, ok2)
	e := Event{name: "click", handler: func(e Event) string { return "handled " + e.name }}
	fmt.Println(e.handler(e))
	fmt.Println(nanos, len([0.0005 * 1e4]int{}))
}
