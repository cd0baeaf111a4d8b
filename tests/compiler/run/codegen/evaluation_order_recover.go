// Go's evaluation order and recover's rules, as the emitted C must keep them.
package main

import "fmt"

var trace []string

func note(s string, v int) int {
	trace = append(trace, s)
	return v
}

type T struct{ n int }

func (t *T) add(k int) *T {
	trace = append(trace, fmt.Sprint("add", k))
	t.n += k
	return t
}

func helper() interface{} { return recover() }

func direct() (r string) {
	defer func() {
		if v := recover(); v != nil {
			r = fmt.Sprint("direct: ", v)
		}
	}()
	panic("one")
}

func indirect() (r string) {
	defer func() {
		r = fmt.Sprint("helper saw: ", helper())
		recover()
	}()
	panic("two")
}

func deferredRecover() (r string) {
	defer func() {
		r = "deferred recover stopped the panic"
	}()
	defer func() {
		defer recover()
	}()
	panic("three")
}

func main() {
	x := []int{0, 0, 0}
	i := 0
	i, x[i] = 1, 5
	fmt.Println(i, x)
	fmt.Println(note("a", 1)+note("b", 2), note("c", 3)*note("d", 4))
	fmt.Println(trace)
	trace = nil
	t := &T{}
	t.add(1).add(note("arg", 2))
	fmt.Println(trace, t.n)
	m := map[string]int{}
	func() {
		defer func() { recover() }()
		z := 0
		m["k"] /= z
	}()
	fmt.Println(len(m))
	var p *T
	q := &T{7}
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		q, p.n = nil, 1
	}()
	fmt.Println(q == nil)
	fmt.Println(direct())
	fmt.Println(indirect())
	fmt.Println(deferredRecover())
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	k := 2
	sub := s[note("lo", k):note("hi", k+3)]
	fmt.Println(sub)
}
