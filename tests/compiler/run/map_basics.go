// Map insert, lookup with comma-ok, delete, len; keys printed sorted.
package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"alice": 31, "bob": 27}
	ages["carol"] = 45
	ages["bob"]++
	v, ok := ages["dave"]
	fmt.Println(v, ok, len(ages))
	delete(ages, "alice")
	delete(ages, "nobody")
	names := make([]string, 0, len(ages))
	for k := range ages {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ages[n])
	}
	fmt.Println(ages)
}
