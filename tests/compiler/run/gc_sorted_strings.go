// Generate, sort and deduplicate many strings.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

func main() {
	var words []string
	x := uint32(7)
	for i := 0; i < 5000; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		words = append(words, "w"+strconv.Itoa(int(x%2000)))
	}
	sort.Strings(words)
	uniq := words[:1]
	for _, w := range words[1:] {
		if w != uniq[len(uniq)-1] {
			uniq = append(uniq, w)
		}
	}
	fmt.Println(len(words), len(uniq), uniq[0], uniq[len(uniq)-1])
}
