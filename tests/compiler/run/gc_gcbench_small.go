// A small port of the GCBench idea: top-down and bottom-up trees,
// a long-lived tree and a long-lived array.
package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	left, right *Node
	i, j        int
}

func treeSize(d int) int { return (1 << uint(d+1)) - 1 }

func populate(d int, n *Node) {
	if d <= 0 {
		return
	}
	d--
	n.left = &Node{}
	n.right = &Node{}
	populate(d, n.left)
	populate(d, n.right)
}

func makeTree(d int) *Node {
	if d <= 0 {
		return &Node{}
	}
	return &Node{left: makeTree(d - 1), right: makeTree(d - 1)}
}

func count(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + count(n.left) + count(n.right)
}

func main() {
	const longLivedDepth = 10
	const arraySize = 50000
	long := &Node{}
	populate(longLivedDepth, long)
	arr := make([]float64, arraySize)
	for i := range arr[:arraySize/2] {
		arr[i] = 1.0 / float64(i+1)
	}
	for d := 4; d <= 10; d += 2 {
		iters := 2 * treeSize(12) / treeSize(d)
		td, bu := 0, 0
		for i := 0; i < iters; i++ {
			t := &Node{}
			populate(d, t)
			td += count(t)
			bu += count(makeTree(d))
		}
		fmt.Printf("depth %d: %d iterations, top-down %d, bottom-up %d nodes\n", d, iters, td, bu)
	}
	runtime.GC()
	fmt.Println("long-lived nodes:", count(long), "array[1000]:", arr[1000])
}
