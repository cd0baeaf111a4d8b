// Many short-lived strings from concatenation and conversion.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	n := 0
	longest := ""
	for i := 0; i < 3000; i++ {
		s := "item-" + strconv.Itoa(i) + "-" + strings.Repeat("x", i%17)
		b := []byte(s)
		b[0] = 'I'
		t := string(b)
		n += len(t)
		if len(t) > len(longest) {
			longest = t
		}
	}
	fmt.Println(n, longest)
}
