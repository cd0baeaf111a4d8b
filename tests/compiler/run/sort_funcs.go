// sort.Ints, sort.Strings, sort.Float64s, sort.SliceStable, sort.Search.
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs))
	i := sort.SearchInts(xs, 8)
	fmt.Println(i, xs[i])
	ss := []string{"pear", "Apple", "fig", "apple"}
	sort.Strings(ss)
	fmt.Println(ss)
	fs := []float64{2.5, -1, 3.25}
	sort.Float64s(fs)
	fmt.Println(fs)
	type kv struct {
		k string
		v int
	}
	kvs := []kv{{"a", 2}, {"b", 1}, {"c", 2}, {"d", 1}}
	sort.SliceStable(kvs, func(i, j int) bool { return kvs[i].v < kvs[j].v })
	fmt.Println(kvs)
	j := sort.Search(100, func(n int) bool { return n*n >= 50 })
	fmt.Println(j)
}
