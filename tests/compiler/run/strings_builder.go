// strings.Builder grows as text is written.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d-", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
	var lines []string
	for i := 3; i > 0; i-- {
		lines = append(lines, strings.Repeat("*", i))
	}
	fmt.Println(strings.Join(lines, "\n"))
}
