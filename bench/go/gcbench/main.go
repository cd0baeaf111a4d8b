// bench/go/gcbench — owns the Go version of bench/gcbench.c (the GCBench
// shape, written afresh): the same trees, counts and output, so that the
// runner can compare it with the C backends.  stdout is identical to the C
// program's (an optional argument scales the short-lived work the same way);
// the last line on stderr is "BENCH gcs=<collections>".
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
)

const (
	stretchDepth   = 18
	longLivedDepth = 16
	arraySize      = 500000
	minDepth       = 4
	maxDepth       = 16
)

type Node struct {
	left, right *Node
	i, j        int32
}

func treeSize(depth int) int64 { return (int64(1) << (depth + 1)) - 1 }

// scale multiplies the short-lived work (first argument, default 1).
var scale int64 = 1

func numIters(depth int) int64 { return 2 * scale * treeSize(stretchDepth) / treeSize(depth) }

// populate: top down, n exists; give it children, then grow them.
func populate(depth int, n *Node) {
	if depth <= 0 {
		return
	}
	depth--
	n.left = &Node{}
	n.right = &Node{}
	populate(depth, n.left)
	populate(depth, n.right)
}

// makeTree: bottom up, both subtrees first, then the node joining them.
func makeTree(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	left := makeTree(depth - 1)
	right := makeTree(depth - 1)
	return &Node{left: left, right: right}
}

func count(n *Node) int64 {
	var c int64
	for n != nil {
		c += 1 + count(n.left)
		n = n.right
	}
	return c
}

var checksum int64

func check(what string, n *Node, depth int) {
	c := count(n)
	if c != treeSize(depth) {
		fmt.Printf("FAIL: %s tree of depth %d has %d nodes, want %d\n", what, depth, c, treeSize(depth))
		os.Exit(1)
	}
	checksum += c
}

func timeConstruction(depth int) {
	iters := numIters(depth)
	fmt.Printf("Creating %d trees of depth %d\n", iters, depth)
	for i := int64(0); i < iters; i++ {
		t := &Node{}
		populate(depth, t)
		if i == 0 {
			check("top-down", t, depth)
		}
	}
	fmt.Printf("\tTop down construction: %d nodes\n", iters*treeSize(depth))
	for i := int64(0); i < iters; i++ {
		t := makeTree(depth)
		if i == 0 {
			check("bottom-up", t, depth)
		}
	}
	fmt.Printf("\tBottom up construction: %d nodes\n", iters*treeSize(depth))
}

func main() {
	if len(os.Args) > 1 {
		if v, err := strconv.ParseInt(os.Args[1], 10, 64); err == nil && v > 1 {
			scale = v
		}
	}
	fmt.Printf("Garbage Collector Test (gomem bench, GCBench shape)\n")
	fmt.Printf(" Stretching memory with a binary tree of depth %d\n", stretchDepth)
	stretch := makeTree(stretchDepth)
	check("stretch", stretch, stretchDepth)
	stretch = nil

	fmt.Printf(" Creating a long-lived binary tree of depth %d\n", longLivedDepth)
	longLived := &Node{}
	populate(longLivedDepth, longLived)

	fmt.Printf(" Creating a long-lived array of %d doubles\n", arraySize)
	array := make([]float64, arraySize)
	for i := 1; i < arraySize/2; i++ {
		array[i] = 1.0 / float64(i)
	}

	for d := minDepth; d <= maxDepth; d += 2 {
		timeConstruction(d)
	}

	check("long-lived", longLived, longLivedDepth)
	if array[1000] != 1.0/1000 {
		fmt.Printf("FAIL: long-lived array was overwritten\n")
		os.Exit(1)
	}
	fmt.Printf("long-lived tree and array intact; checksum %d\n", checksum)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(os.Stderr, "BENCH gcs=%d\n", ms.NumGC)
}
