// A map whose values are slices, grouped and printed in key order.
package main

import (
	"fmt"
	"sort"
)

func main() {
	groups := map[int][]string{}
	words := []string{"go", "c", "rust", "zig", "java", "ml", "lisp", "d"}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	var lens []int
	for k := range groups {
		lens = append(lens, k)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Println(l, groups[l])
	}
}
