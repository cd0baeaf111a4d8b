// String concatenation, comparison and building in loops.
package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	fmt.Println("abc" < "abd", "b" > "abc", "x" == "x", s[1:3] == "bc")
	words := []string{"pear", "apple", "fig"}
	min := words[0]
	for _, w := range words[1:] {
		if w < min {
			min = w
		}
	}
	fmt.Println(min)
}
