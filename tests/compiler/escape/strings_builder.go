package main

import "strings"

// strings.Builder used locally.
func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString("ab")
	}
	println(b.Len())
}
