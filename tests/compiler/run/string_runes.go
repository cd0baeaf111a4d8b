// Strings are bytes; range decodes runes.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), len([]rune(s)))
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(s[1], s[0:1], string(s[7]))
	r := []rune(s)
	r[0] = 'H'
	fmt.Println(string(r), string(r[8:]))
	b := []byte("abc")
	b[1] = 'B'
	fmt.Println(string(b), b)
}
