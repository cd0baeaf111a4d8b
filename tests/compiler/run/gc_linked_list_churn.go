// GC churn: build and drop many linked lists; only sums are printed.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	val  int
	next *node
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{i, head}
	}
	return head
}

func sum(l *node) int {
	s := 0
	for ; l != nil; l = l.next {
		s += l.val
	}
	return s
}

func main() {
	keep := build(100)
	total := 0
	for round := 0; round < 200; round++ {
		total += sum(build(1000))
		if round%50 == 0 {
			runtime.GC()
		}
	}
	fmt.Println("total:", total)
	fmt.Println("kept:", sum(keep))
}
