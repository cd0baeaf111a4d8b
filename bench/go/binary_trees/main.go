// bench/go/binary_trees — owns the Go version of bench/binary_trees.c (the
// Benchmarks Game binary-trees shape, written afresh, single goroutine): the
// same trees and output as the C program.  The last line on stderr is
// "BENCH gcs=<collections>".
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
)

type Tree struct {
	left, right *Tree
}

func bottomUp(depth int) *Tree {
	if depth <= 0 {
		return &Tree{}
	}
	left := bottomUp(depth - 1)
	right := bottomUp(depth - 1)
	return &Tree{left, right}
}

func (t *Tree) check() int64 {
	if t.left == nil {
		return 1
	}
	return 1 + t.left.check() + t.right.check()
}

func main() {
	n := 18
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	minDepth := 4
	maxDepth := n
	if maxDepth < minDepth+2 {
		maxDepth = minDepth + 2
	}

	stretchDepth := maxDepth + 1
	fmt.Printf("stretch tree of depth %d\t check: %d\n", stretchDepth, bottomUp(stretchDepth).check())

	longLived := bottomUp(maxDepth)

	for d := minDepth; d <= maxDepth; d += 2 {
		iterations := int64(1) << (maxDepth - d + minDepth)
		var check int64
		for i := int64(0); i < iterations; i++ {
			check += bottomUp(d).check()
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iterations, d, check)
	}

	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, longLived.check())
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(os.Stderr, "BENCH gcs=%d\n", ms.NumGC)
}
