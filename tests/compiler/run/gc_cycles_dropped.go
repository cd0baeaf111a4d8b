// Cyclic structures become garbage together.
package main

import (
	"fmt"
	"runtime"
)

type ring struct {
	id   int
	next *ring
}

func makeRing(n int) *ring {
	first := &ring{id: 0}
	cur := first
	for i := 1; i < n; i++ {
		cur.next = &ring{id: i}
		cur = cur.next
	}
	cur.next = first
	return first
}

func length(r *ring) int {
	n := 1
	for p := r.next; p != r; p = p.next {
		n++
	}
	return n
}

func main() {
	total := 0
	for i := 0; i < 300; i++ {
		r := makeRing(100 + i%10)
		total += length(r)
		if i%100 == 99 {
			runtime.GC()
		}
	}
	kept := makeRing(7)
	runtime.GC()
	fmt.Println(total, length(kept), kept.next.next.id)
}
