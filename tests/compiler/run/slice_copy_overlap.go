// copy handles overlapping ranges; copy returns the count copied.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	n := copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	b := make([]byte, 3)
	n = copy(b, "hello")
	fmt.Println(n, string(b))
}
