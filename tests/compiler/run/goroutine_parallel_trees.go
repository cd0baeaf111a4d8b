// binary-trees with one goroutine per depth, results printed in order.
package main

import "fmt"

type node struct{ l, r *node }

func build(d int) *node {
	if d == 0 {
		return &node{}
	}
	return &node{build(d - 1), build(d - 1)}
}

func (n *node) check() int {
	if n.l == nil {
		return 1
	}
	return 1 + n.l.check() + n.r.check()
}

func main() {
	const maxDepth = 10
	out := make([]chan string, 0)
	for d := 4; d <= maxDepth; d += 2 {
		c := make(chan string, 1)
		out = append(out, c)
		go func(d int, c chan string) {
			iters := 1 << uint(maxDepth-d+4)
			chk := 0
			for i := 0; i < iters; i++ {
				chk += build(d).check()
			}
			c <- fmt.Sprintf("%d\t trees of depth %d\t check: %d", iters, d, chk)
		}(d, c)
	}
	for _, c := range out {
		fmt.Println(<-c)
	}
}
