// GC churn through a map: insert, overwrite and delete many entries.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

func main() {
	m := map[string][]int{}
	for i := 0; i < 5000; i++ {
		k := "k" + strconv.Itoa(i%300)
		m[k] = append(m[k], i)
		if i%7 == 0 {
			delete(m, "k"+strconv.Itoa((i/7)%300))
		}
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	total := 0
	for _, k := range keys {
		total += len(m[k])
	}
	fmt.Println(len(m), total, keys[0], keys[len(keys)-1])
}
