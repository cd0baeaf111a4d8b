package main

import (
	"fmt"
	"strings"
)

// Slices passed to and returned from the strings package.
func main() {
	parts := []string{"a", "b", "c"}
	s := strings.Join(parts, ",")
	back := strings.Split(s, ",")
	fmt.Println(len(back), strings.ToUpper(s))
}
