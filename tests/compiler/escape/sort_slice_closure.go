package main

import (
	"fmt"
	"sort"
)

// sort.Slice takes the slice as an interface and a less closure.
func main() {
	xs := []int{3, 1, 2}
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	ys := []int{9, 8}
	sort.Ints(ys)
	fmt.Println(xs[0], ys[0])
}
