package main

import "fmt"

// &[]T{...} and &map[K]V{...}: the slice's backing array and the map are
// allocations of their own, which escape with the pointer (a backing array
// left on the stack of a function that returned would be overwritten).

type Stack []string

func newStack() *Stack { return &Stack{"bottom", "middle"} }

func numbers(n int) *[]int {
	p := &[]int{n, n * 2, n * 3}
	return p
}

func table() *map[string]int { return &map[string]int{"one": 1, "two": 2} }

func clobber(depth int) int {
	var buf [64]int
	for i := range buf {
		buf[i] = depth * i
	}
	if depth > 0 {
		return clobber(depth-1) + buf[63]
	}
	return buf[1]
}

func main() {
	s := newStack()
	a, b := numbers(7), numbers(100)
	m := table()
	x := clobber(20)
	*s = append(*s, "top")
	fmt.Println(*s, len(*s), *a, *b, (*m)["two"], len(*m), x)
	local := &[]int{1, 2, 3}
	(*local)[0] = 10
	fmt.Println(*local)
}
