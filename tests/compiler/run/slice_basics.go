// Slicing, len/cap, append sharing and three-index slices.
package main

import "fmt"

func main() {
	a := [6]int{0, 1, 2, 3, 4, 5}
	s := a[1:4]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 99)
	fmt.Println(a)
	t := a[1:3:3]
	t = append(t, 100)
	fmt.Println(a, t)
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), len(empty))
	fmt.Printf("%v %v\n", nilS, empty)
}
