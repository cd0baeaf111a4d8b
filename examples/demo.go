// demo.go: the Go program `make demo` compiles with gomem. It shows the
// two halves of Go's memory management that gomem rebuilds: escape
// analysis decides stack or heap for every value (gomem build
// -gcflags=-m prints the decisions, as go build does), and the collector
// reclaims what the heap holds once it is unreachable (GODEBUG=gctrace=1).
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type Node struct {
	left, right *Node
	value       int
}

// build allocates a tree: every node outlives the call, so &Node{} escapes.
func build(depth int) *Node {
	if depth == 0 {
		return &Node{value: 1}
	}
	return &Node{build(depth - 1), build(depth - 1), depth}
}

func (n *Node) sum() int {
	if n == nil {
		return 0
	}
	return n.value + n.left.sum() + n.right.sum()
}

// point never leaves its function: it lives on the stack.
func distance2(x, y int) int {
	p := &struct{ x, y int }{x, y}
	return p.x*p.x + p.y*p.y
}

// worker sends the sums of trees it builds; the trees become garbage.
func worker(id int, depth int, out chan<- string) {
	total := 0
	for i := 0; i < 40; i++ {
		total += build(depth).sum()
	}
	out <- fmt.Sprintf("worker %d: built 40 trees of depth %d, sum %d", id, depth, total)
}

func main() {
	longLived := build(14)
	counts := make(map[string]int)
	out := make(chan string)
	for id := 0; id < 3; id++ {
		go worker(id, 12+id, out)
	}
	var lines []string
	for i := 0; i < 3; i++ {
		lines = append(lines, <-out)
	}
	for _, l := range lines {
		counts[strings.Fields(l)[0]]++
	}
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println(len(lines), "workers done;", counts["worker"], "lines")
	fmt.Println("long-lived tree sum:", longLived.sum(), "distance2:", distance2(3, 4))
	fmt.Printf("collections: %v, heap in use after GC: %v MiB\n", ms.NumGC > 0, ms.HeapAlloc>>20)
}
